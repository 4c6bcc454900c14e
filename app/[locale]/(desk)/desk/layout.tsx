import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeskHeader } from "@/components/desk/desk-header";
import { signedInUser } from "@/lib/desk/page-user";
import { isLocale } from "@/lib/i18n/routing";
import "@/components/desk/desk.css";

// Nothing under /desk is for search engines or shared caches.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "zh", namespace: "Desk" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// The desk's frame (its own header, no public navigation, search or footer); rendered per request like every desk page.
export default async function DeskLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <div className="desk">
      <DeskHeader locale={locale} user={await signedInUser()} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

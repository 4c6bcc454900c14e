import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/routing";
import "@/components/desk/desk.css";

// Nothing under /desk is for search engines or shared caches.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "zh", namespace: "Desk" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default function DeskLayout({ children }: { children: ReactNode }) {
  return <div className="desk">{children}</div>;
}

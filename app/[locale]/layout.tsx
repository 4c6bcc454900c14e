import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import { feedAlternate, SITE_URL } from "@/lib/i18n/metadata";
import { LANG_TAG, routing } from "@/lib/i18n/routing";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    alternates: { types: feedAlternate(locale) },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Site" });
  return (
    <html lang={LANG_TAG[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* The shell of both wings: (site) and (desk) each bring their own header and <main id="main">. */}
        <NextIntlClientProvider locale={locale} messages={null}>
          {children}
        </NextIntlClientProvider>
        <HydrationMarker />
      </body>
    </html>
  );
}

import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { type Locale } from "@/lib/i18n/routing";

// The public site's frame: its header (navigation, search box, language), the page, its footer. Prerendered.
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  // The [locale] layout has already refused an unknown locale.
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}

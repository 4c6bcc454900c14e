import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { searchLabels } from "@/components/layout/site-header";
import { SearchBox } from "@/components/search/search-box";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale, type Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Search" });
  return pageMetadata({ locale, path: "/search", title: t("title") });
}

export default async function SearchPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <div className="search-page">
      <h1>{t("title")}</h1>
      <SearchBox locale={locale} labels={await searchLabels(locale)} mode="page" />
      <noscript>
        <p>
          {t("noscript")} <Link href="/cases">{t("tryCases")}</Link> · <Link href="/glossary">{t("tryGlossary")}</Link>
        </p>
      </noscript>
    </div>
  );
}

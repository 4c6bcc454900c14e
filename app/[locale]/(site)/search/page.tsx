import type { Metadata } from "next";
import { searchLabels } from "@/components/layout/site-header";
import { SearchBox } from "@/components/search/search-box";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Search");
  return pageMetadata({ locale, path: "/search", title: t("title") });
}

export default async function SearchPage({ params }: Props) {
  const { locale, t } = await openPage(params, "Search");
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

import type { Metadata } from "next";
import { searchLabels } from "@/components/layout/site-header";
import { SearchBox } from "@/components/search/search-box";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";
import { MAX_QUERY } from "@/lib/search/rank";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Search");
  return pageMetadata({ locale, path: "/search", title: t("title") });
}

// Rendered per request for its ?q= (like the filtered case list): the box and the language switch keep the query
// without JavaScript. It reads no cookies and sets none, and has the public pages' Cache-Control.
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "Search");
  const q = [(await searchParams).q].flat()[0]?.slice(0, MAX_QUERY) ?? "";
  return (
    <div className="search-page">
      <h1>{t("title")}</h1>
      <SearchBox locale={locale} labels={await searchLabels(locale)} mode="page" initialQuery={q} />
      <noscript>
        <p>
          {t("noscript")} <Link href="/cases">{t("tryCases")}</Link> · <Link href="/glossary">{t("tryGlossary")}</Link>
        </p>
      </noscript>
    </div>
  );
}

import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { CaseIndex } from "@/components/case/case-index";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";
import { caseQuery, casesHref } from "@/lib/schemas/case-query";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Filter combinations are too many to prerender: this view is rendered on request from the in-memory index, reads no
// cookies and sets none, and next.config.ts gives it the same public Cache-Control as prerendered pages, so a CDN keeps each URL.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Cases");
  // Filtered views are for readers, not for search engines: the canonical list is /cases.
  return {
    ...pageMetadata({ locale, path: "/cases", title: t("title"), description: t("description") }),
    robots: { index: false, follow: true },
  };
}

export default async function CasesFilterPage({ params, searchParams }: Props) {
  const { locale, t } = await openPage(params, "Cases");
  const raw = await searchParams;
  const query = caseQuery.parse(raw);
  // A GET form also sends its empty fields: answer with one clean URL per view (shorter to share, one cache entry each).
  const received = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x])))
    .toString()
    .replace(/%2C/g, ",");
  const canonical = casesHref(query, query.page);
  if (`/cases/filter?${received}` !== canonical) redirect(`/${locale}${canonical}`);
  return (
    <div className="cases-index">
      <h1>{t("title")}</h1>
      <CaseIndex locale={locale} query={query} />
    </div>
  );
}

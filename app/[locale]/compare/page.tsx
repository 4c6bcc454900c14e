import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SourceList } from "@/components/case/source-list";
import { chartLabels } from "@/components/charts/indicator-chart";
import { CompareView } from "@/components/compare/compare-view";
import type { CompareLabels } from "@/components/compare/compare-tables";
import { getCompareData } from "@/lib/data/compare";
import { getSourcesById } from "@/lib/data/queries";
import { sourceRefs } from "@/lib/format/source";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { THEMES, type Theme } from "@/lib/themes";

type Props = { params: Promise<{ locale: Locale }> };

// What a visitor without JavaScript sees, and the starting point for everyone else.
const DEFAULT = { regions: ["lichuan", "xiangxi", "china"], indicator: "poverty_incidence" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Compare" });
  return pageMetadata({ locale, path: "/compare", title: t("title"), description: t("intro") });
}

export default async function ComparePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, tc, tcase, tl, tt] = await Promise.all([
    getTranslations({ locale, namespace: "Compare" }),
    getTranslations({ locale, namespace: "Chart" }),
    getTranslations({ locale, namespace: "Case" }),
    getTranslations({ locale, namespace: "Levels" }),
    getTranslations({ locale, namespace: "Themes" }),
  ]);
  const data = await getCompareData(locale, {
    level: (l) => tl(l as Parameters<typeof tl>[0]),
    facts: { level: tcase("level"), province: tcase("province"), period: tcase("period"), incidence: tcase("incidence"), exit: tcase("exit"), lifted: tcase("lifted") },
    national: tc("national"),
    notApplicable: tcase("notApplicable"),
  });
  const byId = await getSourcesById();
  const used = [...new Set(Object.values(data.series).flatMap((list) => list.flatMap((s) => s.points.map((p) => p.source))))];
  const sources = used.map((id) => byId.get(id)!);
  const refs = sourceRefs(sources, locale, tcase("undated"));
  const labels: CompareLabels = {
    pickRegions: t("pickRegions"),
    pickHint: t("pickHint"),
    pickIndicator: t("pickIndicator"),
    basesDiffer: t("basesDiffer"),
    byYear: t("byYear"),
    changeCaption: t("changeCaption"),
    series: tc("series"),
    first: t("first"),
    last: t("last"),
    changePoints: t("changePoints"),
    changePercent: t("changePercent"),
    measures: t("measures"),
    notUsed: t("notUsed"),
    noCase: t("noCase"),
    keyFacts: tcase("keyFacts"),
    missing: tcase("notInSources"),
    themeNames: Object.fromEntries(THEMES.map((th) => [th, tt(th)])) as Record<Theme, string>,
  };
  return (
    <div className="compare-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <CompareView
        data={data}
        locale={locale}
        initial={DEFAULT}
        labels={labels}
        sources={refs}
        chartLabels={chartLabels(tc)}
      />
      <section aria-labelledby="sources">
        <h2 id="sources">{tcase("sources")}</h2>
        <SourceList sources={sources} supports={new Map()} locale={locale} />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SourceList } from "@/components/case/source-list";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { getAllObservations, getIndicator, getIndicators, getRegions, getSourcesById } from "@/lib/data/queries";
import { seriesFor } from "@/lib/data/series";
import { sourceRefs } from "@/lib/data/source-refs";
import { pageMetadata } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";
import { openPage } from "@/lib/i18n/open-page";

type Params = { locale: string; key: string };

// The chart shows at most this many regions, so the page stays the same size as regions are added.
const INDICATOR_REGIONS = 12;
const LEVEL_RANK: Record<string, number> = { country: 0, province: 1, group: 2, prefecture: 3, county: 4 };

// Regions with figures for the indicator: the country and provinces first, then those with the longest series.
async function chartedRegions(key: string): Promise<string[]> {
  const points = new Map<string, number>();
  for (const o of await getAllObservations())
    if (o.indicator === key) points.set(o.region, (points.get(o.region) ?? 0) + 1);
  const level = new Map((await getRegions()).map((r) => [r.slug, LEVEL_RANK[r.level] ?? 9]));
  return [...points.keys()].sort(
    (a, b) => level.get(a)! - level.get(b)! || points.get(b)! - points.get(a)! || a.localeCompare(b),
  );
}

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  const keys = (await getIndicators()).map((i) => i.key);
  return routing.locales.flatMap((locale) => keys.map((key) => ({ locale, key })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, key } = await params;
  const ind = await getIndicator(key);
  if (!ind || !isLocale(locale)) return {};
  return pageMetadata({
    locale,
    path: `/indicators/${key}`,
    title: ind.name[locale],
    description: ind.definition[locale],
  });
}

export default async function IndicatorPage({ params }: { params: Promise<Params> }) {
  const { locale, key, t } = await openPage(params, "Indicators");
  const ind = await getIndicator(key);
  if (!ind) notFound();
  const [tc, tcase] = await Promise.all([
    getTranslations({ locale, namespace: "Chart" }),
    getTranslations({ locale, namespace: "Case" }),
  ]);
  const all = await chartedRegions(key);
  const regions = all.slice(0, INDICATOR_REGIONS);
  const { unit, series } = await seriesFor(regions, key, locale);
  const byId = await getSourcesById();
  const sources = [...new Set(series.flatMap((s) => s.points.map((p) => p.source)))].map((id) => byId.get(id)!);
  const refs = sourceRefs(sources, locale, tcase("undated"));
  return (
    <article className="indicator" data-pagefind-body>
      <h1>{ind.name[locale]}</h1>
      <dl className="definitions">
        {/* The spaces keep the search index from running a term into its definition ("recipientsThe number"). */}
        <dt lang="zh-CN">{ind.name.zh}</dt> <dd lang="zh-CN">{ind.definition.zh}</dd> <dt lang="en">{ind.name.en}</dt>{" "}
        <dd lang="en">{ind.definition.en}</dd>
      </dl>
      <IndicatorChart
        id="indicator-chart"
        title={
          all.length > regions.length
            ? t("chartTitleSome", { indicator: ind.name[locale], shown: regions.length })
            : t("chartTitle", { indicator: ind.name[locale] })
        }
        series={series}
        unit={unit}
        locale={locale}
        sources={refs}
        baselineRegion="china"
        emptyMessage=""
        regionDataHref={`/api/v1/observations?indicator=${key}`}
      />
      {all.length > regions.length && (
        <p className="more-regions" data-testid="more-regions">
          {t("someRegions", { shown: regions.length, total: all.length })}{" "}
          <Link href={`/compare?indicator=${key}`}>{t("chooseRegions")}</Link> ·{" "}
          <a href={`/api/v1/observations?indicator=${key}&format=csv`}>{t("allRegionsCsv")}</a>
        </p>
      )}
      <section aria-labelledby="sources">
        <h2 id="sources">{tc("source")}</h2>
        <SourceList sources={sources} supports={new Map()} locale={locale} />
      </section>
    </article>
  );
}

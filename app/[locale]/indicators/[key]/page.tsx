import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SourceList } from "@/components/case/source-list";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { getAllObservations, getIndicator, getIndicators, getSourcesById } from "@/lib/data/queries";
import { seriesFor } from "@/lib/data/series";
import { sourceRefs } from "@/lib/format/source";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale, routing } from "@/lib/i18n/routing";

type Params = { locale: string; key: string };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Params[]> {
  const keys = (await getIndicators()).map((i) => i.key);
  return routing.locales.flatMap((locale) => keys.map((key) => ({ locale, key })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, key } = await params;
  const ind = await getIndicator(key);
  if (!ind || !isLocale(locale)) return {};
  return pageMetadata({ locale, path: `/indicators/${key}`, title: ind.name[locale], description: ind.definition[locale] });
}

export default async function IndicatorPage({ params }: { params: Promise<Params> }) {
  const { locale, key } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const ind = await getIndicator(key);
  if (!ind) notFound();
  const [t, tc, tcase] = await Promise.all([getTranslations({ locale, namespace: "Indicators" }), getTranslations({ locale, namespace: "Chart" }), getTranslations({ locale, namespace: "Case" })]);
  const regions = [...new Set((await getAllObservations()).filter((o) => o.indicator === key).map((o) => o.region))];
  const { unit, series } = await seriesFor(regions, key, locale);
  const byId = await getSourcesById();
  const sources = [...new Set(series.flatMap((s) => s.points.map((p) => p.source)))].map((id) => byId.get(id)!);
  const refs = sourceRefs(sources, locale, tcase("undated"));
  return (
    <article className="indicator" data-pagefind-body>
      <h1>{ind.name[locale]}</h1>
      <dl className="definitions">
        <dt lang="zh-CN">{ind.name.zh}</dt>
        <dd lang="zh-CN">{ind.definition.zh}</dd>
        <dt lang="en">{ind.name.en}</dt>
        <dd lang="en">{ind.definition.en}</dd>
      </dl>
      <IndicatorChart id="indicator-chart" title={t("chartTitle", { indicator: ind.name[locale] })} series={series} unit={unit} locale={locale} sources={refs} baselineRegion="china" emptyMessage="" regionDataHref={`/api/v1/observations?indicator=${key}`} />
      <section aria-labelledby="sources">
        <h2 id="sources">{tc("source")}</h2>
        <SourceList sources={sources} supports={new Map()} locale={locale} />
      </section>
    </article>
  );
}

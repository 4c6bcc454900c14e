import "server-only";
import { toChartSeries } from "@/components/charts/to-chart-series";
import type { ChartSeries } from "@/components/charts/line-chart";
import { getCases } from "../content/cases";
import type { Locale } from "../i18n/routing";
import { formatPartialDate } from "../format/date";
import { formatValue } from "../format/number";
import type { Theme, Unit } from "../themes";
import { getKeyFacts } from "./key-facts";
import { getIndicators, getObservations, getRegion } from "./queries";
import { seriesFor } from "./series";

export type CompareRegion = {
  slug: string;
  name: string;
  caseSlug: string | null;
  facts: { label: string; value: string | null }[];
  themes: Partial<Record<Theme, string>>;
};
export type CompareData = {
  regions: CompareRegion[];
  indicators: { key: string; name: string; unit: Unit }[];
  series: Record<string, ChartSeries[]>;
};

// Everything the compare view can show, computed at build time; the browser only filters it.
export async function getCompareData(locale: Locale, labels: { level: (l: string) => string; facts: Record<"level" | "province" | "period" | "incidence" | "exit" | "lifted", string>; national: string; notApplicable: string }): Promise<CompareData> {
  const cases = getCases(locale);
  const slugs = [...cases.map((c) => c.region), ...cases.flatMap((c) => c.related_regions), "china"].filter((s, i, all) => all.indexOf(s) === i);
  const regions: CompareRegion[] = [];
  for (const slug of slugs) {
    const region = (await getRegion(slug))!;
    const doc = cases.find((c) => c.region === slug);
    const facts = await getKeyFacts(slug, doc?.province ?? slug);
    const inc = facts.incidence;
    const f = labels.facts;
    regions.push({
      slug,
      name: region.name[locale],
      caseSlug: doc?.slug ?? null,
      themes: doc?.themes ?? {},
      facts: [
        { label: f.level, value: labels.level(region.level) },
        // A country has no province and no exit date: say so rather than "not in our sources".
        { label: f.province, value: region.level === "country" ? labels.notApplicable : facts.province && facts.province.slug !== slug ? facts.province.name[locale] : null },
        { label: f.period, value: doc ? `${doc.period.start}–${doc.period.end}` : null },
        { label: f.incidence, value: inc ? `${formatValue(inc.first.value, inc.first.decimals, "percent", locale)} (${inc.first.year}) → ${formatValue(inc.last.value, inc.last.decimals, "percent", locale)} (${inc.last.year})` : null },
        { label: f.exit, value: region.level === "country" ? labels.notApplicable : facts.exit ? formatPartialDate(facts.exit.date, locale) : null },
        { label: f.lifted, value: facts.lifted ? `${formatValue(facts.lifted.value, facts.lifted.decimals, "10k_persons", locale)} (${facts.lifted.year})` : null },
      ],
    });
  }
  const used = new Set((await getObservations({})).filter((o) => slugs.includes(o.region)).map((o) => o.indicator));
  const indicators = (await getIndicators()).filter((i) => used.has(i.key)).map((i) => ({ key: i.key, name: i.name[locale], unit: i.unit }));
  const series: Record<string, ChartSeries[]> = {};
  for (const i of indicators) series[i.key] = toChartSeries((await seriesFor(slugs, i.key, locale)).series, labels.national);
  return { regions, indicators, series };
}

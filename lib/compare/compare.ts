import "server-only";
import { toChartSeries } from "../charts/chart-series";
import type { ChartSeries } from "../charts/types";
import { getCases } from "../content/cases";
import type { Locale } from "../i18n/routing";
import { formatPartialDate, yearRange } from "../format/date";
import { formatValue } from "../format/number";
import { LEVELS, type Level, type Theme, type Unit } from "../themes";
import { getKeyFacts } from "../data/key-facts";
import { getAllEvents, getAllObservations, getIndicators, getRegions } from "../data/queries";
import { seriesFor } from "../data/series";
import { parseView, type Anchor, type View } from "../charts/view";

export const COMPARE_DEFAULT = { regions: ["lichuan", "xiangxi", "china"], indicator: "poverty_incidence" };
export const COMPARE_MAX = 4;
const FIRST_INDICATOR = "poverty_incidence";
// Made once: localeCompare with a locale builds a collator on every call.
const COLLATOR: Record<Locale, Intl.Collator> = { zh: new Intl.Collator("zh-CN"), en: new Intl.Collator("en") };

export type CompareRegion = {
  slug: string;
  name: string;
  caseSlug: string | null;
  facts: { label: string; value: string | null }[];
  themes: Partial<Record<Theme, string>>;
};
export type IndicatorGroup = "share" | "people" | "places" | "money";
export type CompareIndicator = {
  key: string;
  name: string;
  unit: Unit;
  group: IndicatorGroup | "first";
  chosenHave: boolean;
};
export type CompareSelection = {
  regions: string[];
  indicator: string;
  unknownRegions: string[];
  unknownIndicator: string | null;
  dropped: string[];
  view: View;
  // View parameters with a value the page does not know (?scale=log), named in the notice.
  unknownView: string[];
};
export type CompareData = {
  selection: CompareSelection;
  regions: CompareRegion[];
  /** every region with data, by level, for the picker (hundreds stay usable in one native select) */
  options: { level: Level; regions: { slug: string; name: string }[] }[];
  indicators: CompareIndicator[];
  indicator: CompareIndicator;
  series: ChartSeries[];
  /** chosen regions with no figure for the chosen indicator */
  missing: string[];
  /** year 0 of each chosen region on an aligned chart, by region (none on calendar years) */
  anchors: Map<string, Anchor>;
  /** each chosen region's own events, for the milestones along its line on an aligned chart */
  milestones: { region: string; year: number; date: string; label: string; source: string }[];
};

const GROUP: Record<Unit, IndicatorGroup> = {
  percent: "share",
  persons: "people",
  "10k_persons": "people",
  households: "people",
  villages: "places",
  counties: "places",
  "100m_yuan": "money",
  yuan: "money",
  yuan_per_year: "money",
  yuan_per_month: "money",
};

type Query = Record<string, string | string[] | undefined>;
const list = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .flatMap((x) => x.split(","))
    .map((x) => x.trim())
    .filter(Boolean);

// ?regions=a,b&indicator=x (links, JS) or ?regions=a&regions=b&add=c&indicator=x (the form without JS).
export async function parseCompareQuery(q: Query): Promise<CompareSelection> {
  const known = new Set((await getRegions()).map((r) => r.slug));
  const asked = [...new Set([...list(q.regions), ...list(q.add)])].slice(0, 50);
  const unknownRegions = asked.filter((r) => !known.has(r));
  let regions = asked.filter((r) => known.has(r));
  if (!list(q.regions).length && !list(q.add).length) regions = COMPARE_DEFAULT.regions;
  const dropped = regions.slice(COMPARE_MAX);
  regions = regions.slice(0, COMPARE_MAX);
  const ind = list(q.indicator)[0];
  const indicators = new Set((await getIndicators()).map((i) => i.key));
  const unknownIndicator = ind && !indicators.has(ind) ? ind : null;
  const { view, unknown: unknownView } = parseView(q);
  return {
    regions,
    indicator: ind && indicators.has(ind) ? ind : COMPARE_DEFAULT.indicator,
    unknownRegions,
    unknownIndicator,
    dropped,
    view,
    unknownView,
  };
}

// Only the chosen regions' data: the page is rendered on the server for the URL's selection.
export async function getCompareData(
  locale: Locale,
  selection: CompareSelection,
  labels: {
    level: (l: string) => string;
    facts: Record<"level" | "province" | "period" | "incidence" | "exit" | "lifted", string>;
    national: string;
    notApplicable: string;
  },
): Promise<CompareData> {
  const cases = getCases(locale);
  const all = await getAllObservations();
  const allRegions = await getRegions();
  const withData = new Set(all.map((o) => o.region));
  const byLevel = (a: { slug: string; name: string }, b: { slug: string; name: string }) =>
    COLLATOR[locale].compare(a.name, b.name);
  const options = LEVELS.map((level) => ({
    level,
    regions: allRegions
      .filter((r) => r.level === level && withData.has(r.slug))
      .map((r) => ({ slug: r.slug, name: r.name[locale] }))
      .sort(byLevel),
  })).filter((g) => g.regions.length);

  const regions: CompareRegion[] = [];
  for (const slug of selection.regions) {
    const region = allRegions.find((r) => r.slug === slug)!;
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
        {
          label: f.province,
          value:
            region.level === "country"
              ? labels.notApplicable
              : facts.province && facts.province.slug !== slug
                ? facts.province.name[locale]
                : null,
        },
        { label: f.period, value: doc ? yearRange(doc.period.start, doc.period.end, locale) : null },
        {
          label: f.incidence,
          value: inc
            ? `${formatValue(inc.first.value, inc.first.decimals, "percent", locale)} (${inc.first.year}) → ${formatValue(inc.last.value, inc.last.decimals, "percent", locale)} (${inc.last.year})`
            : null,
        },
        {
          label: f.exit,
          value:
            region.level === "country"
              ? labels.notApplicable
              : facts.exit
                ? formatPartialDate(facts.exit.date, locale)
                : null,
        },
        {
          label: f.lifted,
          value: facts.lifted
            ? `${formatValue(facts.lifted.value, facts.lifted.decimals, "10k_persons", locale)} (${facts.lifted.year})`
            : null,
        },
      ],
    });
  }

  const chosenHave = new Set(all.filter((o) => selection.regions.includes(o.region)).map((o) => o.indicator));
  const used = new Set(all.map((o) => o.indicator));
  const order = ["first", "share", "people", "places", "money"];
  const indicators: CompareIndicator[] = (await getIndicators())
    .filter((i) => used.has(i.key))
    .map((i) => ({
      key: i.key,
      name: i.name[locale],
      unit: i.unit,
      group: i.key === FIRST_INDICATOR ? ("first" as const) : GROUP[i.unit],
      chosenHave: chosenHave.has(i.key),
    }))
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || COLLATOR[locale].compare(a.name, b.name));
  const indicator = indicators.find((i) => i.key === selection.indicator) ?? indicators[0]!;
  const series = toChartSeries(
    (await seriesFor(selection.regions, indicator.key, locale)).series,
    labels.national,
  ).sort((a, b) => selection.regions.indexOf(a.region) - selection.regions.indexOf(b.region));
  const missing = regions.filter((r) => !series.some((s) => s.region === r.slug && s.points.length)).map((r) => r.name);
  const { anchors, milestones } = await alignment(selection, allRegions, locale);
  return { selection, regions, options, indicators, indicator, series, missing, anchors, milestones };
}

// The events that year 0 is on an aligned chart: a region's exit (its own "exit" event), or the start of targeted
// poverty alleviation there: its first visit or policy event, else the first of the region it belongs to (Lichuan
// has none of its own and takes Hubei's), said so on the page. A region with neither is left off and named.
async function alignment(
  selection: CompareSelection,
  allRegions: { slug: string; parent: string | null }[],
  locale: Locale,
): Promise<Pick<CompareData, "anchors" | "milestones">> {
  const anchors = new Map<string, Anchor>();
  if (selection.view.align === "year") return { anchors, milestones: [] };
  // In date order, as the database query returns them.
  const events = await getAllEvents();
  const year = (date: string) => Number(date.slice(0, 4));
  for (const region of selection.regions) {
    let at: string | null = region;
    let found: (typeof events)[number] | undefined;
    while (at && !found) {
      const here: string = at;
      found = events.find(
        (e) =>
          e.region === here &&
          (selection.view.align === "exit" ? e.kind === "exit" : ["visit", "policy"].includes(e.kind)),
      );
      // An exit is a region's own; a start may be its province's.
      at = selection.view.align === "start" ? (allRegions.find((r) => r.slug === here)?.parent ?? null) : null;
    }
    if (found)
      anchors.set(region, {
        region,
        year: year(found.date),
        date: found.date,
        label: found.label[locale],
        source: found.source,
        from: found.region,
      });
  }
  const milestones = events
    .filter((e) => anchors.has(e.region) && e.date !== anchors.get(e.region)!.date)
    .map((e) => ({ region: e.region, year: year(e.date), date: e.date, label: e.label[locale], source: e.source }));
  return { anchors, milestones };
}

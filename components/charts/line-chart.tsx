import type { LineChartSpec } from "chart-svg";
import { formatValue, unitLabel } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";
import { ChartControls } from "./chart-controls";
import { chartColours } from "@/lib/charts/colours";
import { chartSummary } from "@/lib/charts/summary";
import { getRegions } from "@/lib/data/queries";
import { rangeTicks, tickLabel, yearTicks } from "./scale";
import { onLine, type ViewPoint, type ViewResult } from "@/lib/charts/view";
import { clauseJoin, colon as colonFor, inferredFrom, inParens, listJoin } from "@/lib/format/punct";
import type { ChartEvent, ChartLabels, ChartSeries, ClientChart } from "@/lib/charts/types";
import type { SourceRef } from "@/lib/data/source-refs";

type Props = {
  id: string;
  series: ChartSeries[];
  unit: Unit;
  locale: Locale;
  labels: ChartLabels;
  sources: Record<string, SourceRef>;
  events?: ChartEvent[];
  regionDataHref?: string;
  size?: "large" | "small";
  tableId?: string;
  // Where a disagreement's anchor is: "" on a case page (its own panel), else the list of every disagreement.
  disagreementsHref?: string;
  // Another drawing of the same figures (compare's indexed or aligned views, lib/charts/view.ts).
  view?: DrawnView;
};

// What a view changes in the drawing; every label filled in by the page for its language.
export type DrawnView = {
  result: ViewResult;
  // The axis's unit ("index", "percentage points") and how a tick or a point reads.
  yUnit?: string;
  tick: (v: number) => string;
  // A point's text in the tooltip: the drawn value and the published one, with its year.
  text: (p: ViewPoint) => string;
  // The x axis: its labels ("−2", "+3") and its name, when not calendar years.
  xTick?: (x: number) => string;
  xTitle?: string;
  // Added to the subtitle ("Index, 2013 = 100").
  describe: string;
  // The CSV's extra columns: the drawn x and value, named for the view.
  columns?: { x?: string; value?: string };
  // The label in full, and short for the narrower drawings (where the band is too narrow for it).
  band?: { from: number; to: number; label: string; short: string } | null;
  rules?: { value: number; label: string }[];
  marks?: { series: string; x: number; mark: string; position?: "top" | "bottom" | "left" | "right" }[];
  // A vertical line at year 0 of an aligned view, its label and the side it sits on.
  zero?: { label: string; side: "left" | "right" };
};

// Three drawings a chart: each is shown from its own width up to the next one's (CSS container queries), so it is only
// ever scaled up and its 12–13 px text never shrinks below 12 CSS px; three keep a page's HTML within a quarter of
// what one drawing a chart would weigh (the drawings travel twice: in the HTML and in React's payload).
export const CHART_WIDTHS = [280, 440, 720] as const;
const HEIGHTS = { large: [220, 270, 340], small: [190, 210, 240] };
const EVENT_MARKS = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"];

type Renderer = { renderLineChart: (spec: LineChartSpec) => string };
let renderer: Promise<Renderer> | undefined;
// Recharts and react-dom/server run outside the bundler (Turbopack refuses react-dom/server in app
// code), loaded by Node at run time: at build time for static pages, per request for /compare.
function chartSvg(): Promise<Renderer> {
  renderer ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "chart-svg") as Promise<Renderer>;
  return renderer;
}

// Drawn SVGs by their spec: compare renders per request, and a view asked for again is not drawn again. Bounded, the
// oldest drawing going first, so any number of distinct URLs cannot grow the server's memory.
const SVG_CACHE_SIZE = 500;
const svgCache = new Map<string, string>();
function cachedSvg(render: Renderer["renderLineChart"], spec: LineChartSpec): string {
  const key = JSON.stringify(spec);
  const hit = svgCache.get(key);
  if (hit !== undefined) {
    svgCache.delete(key);
    svgCache.set(key, hit);
    return hit;
  }
  const svg = render(spec);
  svgCache.set(key, svg);
  if (svgCache.size > SVG_CACHE_SIZE) svgCache.delete(svgCache.keys().next().value!);
  return svg;
}

const hasGap = (s: ChartSeries) => s.points.some((p, i) => i > 0 && p.year - s.points[i - 1]!.year > 1);

// A server-drawn line chart: one SVG per drawn width, the legend, and a small client script for interaction.
export async function SeriesLineChart({
  id,
  series,
  unit,
  locale,
  labels,
  sources,
  events = [],
  regionDataHref,
  size = "large",
  tableId,
  disagreementsHref,
  view,
}: Props) {
  const { renderLineChart } = await chartSvg();
  const published = series.filter((s) => s.points.length > 0);
  // What is drawn: the published figures (x = year), or the view's transformation of them.
  const viewOf = new Map(view?.result.series.map((v) => [v.id, v.points]));
  const drawn = view ? published.filter((s) => viewOf.has(s.id)) : published;
  const pointsOf = (s: ChartSeries): ViewPoint[] =>
    viewOf.get(s.id) ??
    s.points.map((p) => ({ x: p.year, y: p.value, decimals: p.decimals, year: p.year, value: p.value }));
  // A region has one colour on every chart (lib/charts/colours.ts); its series on other bases differ by dash.
  const colours = chartColours(
    series.map((s) => s.region),
    (await getRegions()).map((r) => r.slug),
    series.find((s) => s.baseline)?.region,
  );
  const seriesColour = (s: ChartSeries) => colours.get(s.region)!;
  const years = drawn.flatMap((s) => pointsOf(s).map((p) => p.x));
  const values = [...drawn.flatMap((s) => pointsOf(s).map((p) => p.y)), ...(view?.rules ?? []).map((r) => r.value)];
  // An aligned view always shows its year 0 (the start or the exit), even where no figure falls on it.
  if (view?.zero && years.length) years.push(0);
  const [min, max] = years.length ? [Math.min(...years), Math.max(...years)] : [2010, 2020];
  const gaps = drawn.some(hasGap);
  // The first value sources disagree on: the legend's entry for the dashed ring links to its disagreement.
  const firstMarked = drawn.flatMap((s) => s.points).find((p) => p.disagreement)?.disagreement;
  const marked = firstMarked ? `${disagreementsHref ?? `/${locale}/data/disagreements`}#${firstMarked}` : null;
  const colon = colonFor(locale);
  const svgs = CHART_WIDTHS.map((width, i) => {
    const height = HEIGHTS[size][i]!;
    const fontSize = width >= 720 ? 13 : 12;
    const yTicks = rangeTicks(
      values.length ? Math.min(...values) : 0,
      values.length ? Math.max(...values) : 1,
      Math.max(3, Math.min(6, Math.floor((height - 40) / (fontSize * 3.2)))),
    );
    const yLabels = Object.fromEntries(
      yTicks.map((v) => [String(v), view ? view.tick(v) : tickLabel(v, unit, locale)]),
    );
    const yAxisWidth = Math.ceil(Math.max(...Object.values(yLabels).map((l) => l.length)) * fontSize * 0.62 + 10);
    const plotWidth = width - yAxisWidth - 40;
    const xTicks = yearTicks(min, max, plotWidth, fontSize);
    const spec: LineChartSpec = {
      id: `${id}-w${width}`,
      width,
      height,
      fontSize,
      title: labels.title,
      xDomain: [min, max],
      xTicks,
      xLabels: view?.xTick ? Object.fromEntries(xTicks.map((x) => [String(x), view.xTick!(x)])) : undefined,
      yDomain: [yTicks[0]!, yTicks.at(-1)!],
      yTicks,
      yLabels,
      yAxisWidth,
      yUnit: view ? view.yUnit : unit === "percent" ? undefined : unitLabel(unit, locale),
      series: drawn.map((s) => ({
        id: s.id,
        colour: seriesColour(s),
        dash: s.dashed ? "6 4" : undefined,
        baseline: s.baseline,
        points: pointsOf(s).map((p) => ({ year: p.x, value: p.y })),
        marked: pointsOf(s)
          .filter((p) => s.points.find((q) => q.year === p.year)?.disagreement)
          .map((p) => p.x),
        singleLabel:
          s.points.length === 1
            ? view
              ? view.text(pointsOf(s)[0]!)
              : `${formatValue(s.points[0]!.value, s.points[0]!.decimals, unit, locale)}${inParens(s.points[0]!.year, locale)}`
            : undefined,
      })),
      events: events.map((e, k) => ({ year: e.year, mark: EVENT_MARKS[k] ?? String(k + 1) })),
      bands:
        view?.band && view.band.from <= max && view.band.to >= min
          ? [{ ...view.band, label: width >= 720 ? view.band.label : view.band.short }]
          : undefined,
      rules: view?.rules,
      xRules: view?.zero ? [{ x: 0, ...view.zero }] : undefined,
      marks: view?.marks?.flatMap((m) => {
        const s = drawn.find((d) => d.id === m.series);
        const y = s ? onLine(pointsOf(s), m.x) : null;
        return s && y !== null ? [{ x: m.x, y, colour: seriesColour(s), mark: m.mark, position: m.position }] : [];
      }),
    };
    return { width, svg: cachedSvg(renderLineChart, spec) };
  });

  const regionList = [...new Set(drawn.map((s) => s.region))].join(",");
  const client: ClientChart = {
    id,
    locale,
    apiPath: `/api/v1/observations?region=${regionList}&indicator=${drawn[0]?.indicator ?? ""}`,
    unit,
    title: labels.title,
    subtitle: [
      listJoin([...new Set(drawn.map((s) => s.label))], locale),
      ...(view?.describe ? [view.describe] : []),
      `${labels.unit}${colon}${
        view?.yUnit && view.yUnit !== unitLabel(unit, locale)
          ? `${view.yUnit}${inParens(labels.publishedIn.replace("{unit}", unitLabel(unit, locale)), locale)}`
          : unitLabel(unit, locale)
      }`,
      `${labels.basis}${colon}${clauseJoin([...new Set(drawn.map((s) => s.basisName))], locale)}`,
    ].join(" · "),
    sourceLine: `${labels.source}${colon}${clauseJoin(
      [...new Set(drawn.flatMap((s) => s.points.map((p) => p.source)))].map(
        (src) => sources[src]?.title ?? sources[src]?.label ?? src,
      ),
      locale,
    )}`,
    fileName: [
      [...new Set(drawn.map((s) => s.region))].join("_") || id,
      drawn[0]?.indicator ?? "chart",
      ...(view?.columns ? [view.columns.x, view.columns.value].filter(Boolean).map((c) => c!.replace(/_/g, "-")) : []),
      locale,
    ].join("-"),
    viewColumns: view?.columns ?? null,
    xLabel: view?.xTitle ?? null,
    licence: labels.licence,
    gapLegend: gaps ? labels.gapLegend : null,
    colon,
    series: drawn.map((s) => ({
      id: s.id,
      region: s.region,
      indicator: s.indicator,
      basis: s.basis,
      label: s.label,
      basisName: s.basisName,
      colour: seriesColour(s),
      dashed: s.dashed,
      baseline: s.baseline,
      points: pointsOf(s).map((v) => {
        const p = s.points.find((q) => q.year === v.year)!;
        const src = sources[p.source];
        return {
          x: v.x,
          xText: view?.xTick ? view.xTick(v.x) : String(v.x),
          y: v.y,
          yDecimals: v.decimals,
          year: p.year,
          value: p.value,
          decimals: p.decimals,
          text: view ? view.text(v) : formatValue(p.value, p.decimals, unit, locale),
          source: p.source,
          sourceLabel: src ? `[${src.n}] ${src.label}` : p.source,
          sourceTitle: src?.title ?? src?.label ?? p.source,
          noteZh: p.note.zh,
          noteEn: p.note.en,
          yearInferredZh: p.yearInferred?.zh ?? null,
          yearInferredEn: p.yearInferred?.en ?? null,
          yearInferredText: p.yearInferred
            ? labels.yearInferred.replace("{from}", inferredFrom(p.yearInferred[locale]))
            : null,
          disagreement: p.disagreement,
        };
      }),
    })),
  };

  return (
    <div className="chart" data-pagefind-ignore="all">
      <p className="chart-subtitle" id={`${id}-subtitle`}>
        {client.subtitle}
      </p>
      <ChartControls
        chart={client}
        labels={labels}
        hasBaseline={drawn.some((s) => s.baseline)}
        regionDataHref={regionDataHref}
      />
      <div
        className="chart-frame"
        tabIndex={drawn.length ? 0 : undefined}
        role="group"
        aria-label={`${labels.title}. ${labels.keyboardHint}`}
        aria-describedby={[`${id}-summary`, tableId].filter(Boolean).join(" ")}
        data-chart={id}
      >
        {svgs.map(({ width, svg }) => (
          <div key={width} className="chart-variant" data-w={width} dangerouslySetInnerHTML={{ __html: svg }} />
        ))}
      </div>
      <p className="chart-summary" id={`${id}-summary`} data-testid="chart-summary">
        {chartSummary(published, unit, locale).join(locale === "zh" ? "" : " ")}
      </p>
      {events.length > 0 && (
        <ol className="chart-events">
          {events.map((e, i) => (
            <li key={`${e.year}-${e.label}`}>
              <span aria-hidden="true">{EVENT_MARKS[i] ?? i + 1}</span> {e.year}
              {colon}
              {e.label}
            </li>
          ))}
        </ol>
      )}
      <ul className="chart-legend">
        {drawn.map((s) => (
          <li key={s.id} data-baseline={s.baseline ? "" : undefined} data-series={s.id}>
            <svg className="swatch" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
              {s.points.length > 1 && (
                <line
                  x1="1"
                  x2="29"
                  y1="6"
                  y2="6"
                  stroke={seriesColour(s)}
                  strokeWidth="2.5"
                  strokeDasharray={s.dashed ? "6 4" : undefined}
                />
              )}
              <circle
                cx="15"
                cy="6"
                r={s.points.length > 1 ? 3.5 : 5}
                fill={seriesColour(s)}
                stroke="#fff"
                strokeWidth="1.5"
              />
            </svg>{" "}
            {s.label}
            <span className="legend-note">
              {" "}
              — {s.basisName}
              {s.basisNote ? `${colon}${s.basisNote}` : ""}
            </span>
          </li>
        ))}
        {marked && (
          <li className="legend-disputed">
            <svg className="swatch" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
              <circle cx="15" cy="6" r="5" fill="none" stroke="#555" strokeWidth="1.5" strokeDasharray="2 2" />
            </svg>{" "}
            <a href={marked}>{labels.disputedLegend}</a>
          </li>
        )}
        {gaps && (
          <li className="legend-gap">
            <svg className="swatch" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
              <line
                x1="1"
                x2="29"
                y1="6"
                y2="6"
                stroke="#555"
                strokeOpacity="0.55"
                strokeWidth="2"
                strokeDasharray="4 4"
              />
            </svg>{" "}
            {labels.gapLegend}
          </li>
        )}
      </ul>
    </div>
  );
}

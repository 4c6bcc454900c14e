import type { ChartSeries } from "./types";

// How a compare chart is drawn, from the URL (?scale=index&align=exit&marks=none): the values as published, indexed
// to a common year (= 100) or as the change since it; on calendar years or aligned on each region's own milestone;
// with or without the campaign period and the exit thresholds. Pure, so the server and the unit tests share it.

export const SCALES = ["value", "index", "change"] as const;
export const ALIGNS = ["year", "start", "exit"] as const;
export type Scale = (typeof SCALES)[number];
export type Align = (typeof ALIGNS)[number];
export type View = { scale: Scale; align: Align; marks: boolean };
export const DEFAULT_VIEW: View = { scale: "value", align: "year", marks: true };

type Query = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => [v].flat()[0]?.trim() || undefined;

// Unknown values fall back to the default and are reported, like an unknown region.
export function parseView(q: Query): { view: View; unknown: string[] } {
  const unknown: string[] = [];
  const pick = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const v = first(q[name]);
    if (v === undefined) return fallback;
    if ((options as readonly string[]).includes(v)) return v as T;
    unknown.push(`${name}=${v}`);
    return fallback;
  };
  const scale = pick("scale", SCALES, "value");
  const align = pick("align", ALIGNS, "year");
  const marks = first(q.marks);
  if (marks !== undefined && marks !== "none" && marks !== "show") unknown.push(`marks=${marks}`);
  return { view: { scale, align, marks: marks !== "none" }, unknown };
}

// The view's own query parameters, defaults left out (one URL per view).
export function viewQuery(view: View): Record<string, string> {
  return {
    ...(view.scale !== "value" ? { scale: view.scale } : {}),
    ...(view.align !== "year" ? { align: view.align } : {}),
    ...(view.marks ? {} : { marks: "none" }),
  };
}

// Year 0 of a region on an aligned chart: one of its events (or, for a start, an event of the region it belongs to).
export type Anchor = { region: string; year: number; date: string; label: string; source: string; from: string };

// One drawn point: x is the calendar year or the years since the anchor; y the value, index or change.
export type ViewPoint = { x: number; y: number; decimals: number; year: number; value: number };
export type ViewSeries = { id: string; points: ViewPoint[] };

export type ViewResult = {
  series: ViewSeries[];
  // The x every line is indexed to (its value = 100, or change = 0), or null when the lines share no x
  // and each is indexed to its own first point.
  baseX: number | null;
  // Series not drawn: no anchor (aligned views) or a zero at the base (an index of 0 cannot be taken).
  left: { id: string; reason: "no-anchor" | "zero-base" }[];
};

// The transformation, for the series that have points. Values are never rounded here: the index keeps one
// decimal more than its source figure needs, and the change the source's own decimals.
export function applyView(series: ChartSeries[], view: View, anchors: Map<string, Anchor>): ViewResult {
  const left: ViewResult["left"] = [];
  const placed: ViewSeries[] = [];
  for (const s of series.filter((x) => x.points.length)) {
    const anchor = view.align === "year" ? null : anchors.get(s.region);
    if (view.align !== "year" && !anchor) {
      left.push({ id: s.id, reason: "no-anchor" });
      continue;
    }
    placed.push({
      id: s.id,
      points: s.points.map((p) => ({
        x: anchor ? p.year - anchor.year : p.year,
        y: p.value,
        decimals: p.decimals,
        year: p.year,
        value: p.value,
      })),
    });
  }
  if (view.scale === "value") return { series: placed, baseX: null, left };
  const xs = placed.map((s) => new Set(s.points.map((p) => p.x)));
  const common = [...(xs[0] ?? [])].filter((x) => xs.every((set) => set.has(x))).sort((a, b) => a - b);
  const baseX = placed.length ? (common[0] ?? null) : null;
  const out: ViewSeries[] = [];
  for (const s of placed) {
    const base = baseX === null ? s.points[0]! : s.points.find((p) => p.x === baseX)!;
    if (view.scale === "index" && base.value === 0) {
      left.push({ id: s.id, reason: "zero-base" });
      continue;
    }
    out.push({
      id: s.id,
      points: s.points.map((p) =>
        view.scale === "index"
          ? { ...p, y: (p.value / base.value) * 100, decimals: Math.max(1, p.decimals) }
          : {
              ...p,
              y: Number((p.value - base.value).toFixed(Math.max(p.decimals, base.decimals))),
              decimals: Math.max(p.decimals, base.decimals),
            },
      ),
    });
  }
  return { series: out, baseX, left };
}

// Where a milestone sits on a line: the line's own point, else between its neighbours (a drawing position, never
// shown as a figure); null outside the line.
export function onLine(points: ViewPoint[], x: number): number | null {
  const at = points.find((p) => p.x === x);
  if (at) return at.y;
  const before = points.filter((p) => p.x < x).at(-1);
  const after = points.find((p) => p.x > x);
  if (!before || !after) return null;
  return before.y + ((after.y - before.y) * (x - before.x)) / (after.x - before.x);
}

// The campaign of targeted poverty alleviation, drawn as a band on calendar charts: from the year the approach was
// first put forward (an event in the data, with its source) to 2020, the year every county was to exit.
export const CAMPAIGN = { from: 2013, to: 2020 } as const;

// The exit lines of a poor county's poverty incidence, as People's Daily reported the 2018 exits: every central
// county below 2 %, every western one below 3 %. Drawn on poverty-incidence charts of counties, on published values.
export const EXIT_RULES = {
  indicator: "poverty_incidence",
  level: "county",
  lines: [
    { value: 2, where: "central" },
    { value: 3, where: "western" },
  ],
  source: "peoples-daily-2019-07-03",
} as const;

// The band's ends are events in the data: targeted poverty alleviation first put forward (Shibadong, November 2013)
// and the campaign's final year (2020); their sources are listed under the chart.
export const CAMPAIGN_SOURCES = ["guangming-2018-hunan", "hunan-daily-2020-03-05"] as const;

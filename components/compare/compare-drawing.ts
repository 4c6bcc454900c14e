import type { DrawnView } from "@/components/charts/line-chart";
import { tickLabel } from "@/components/charts/scale";
import type { CompareData } from "@/lib/compare/compare";
import { applyView, CAMPAIGN, EXIT_RULES, onLine, type Anchor, type ViewPoint } from "@/lib/charts/view";
import { formatPlain, formatValue, unitLabel } from "@/lib/format/number";
import { inParens } from "@/lib/format/punct";
import type { Locale } from "@/lib/i18n/routing";

export type ViewLabels = {
  indexOf: string;
  indexOwn: string;
  changeOf: string;
  changeOwn: string;
  indexUnit: string;
  points: string;
  pointsShort: string;
  axisStart: string;
  axisExit: string;
  zeroStart: string;
  zeroExit: string;
  band: string;
  bandShort: string;
  rule: string;
  ruleWhere: { central: string; western: string };
  tip: string;
};

type Milestone = { mark: string | null; region: string; date: string; label: string; source: string };
const SIDES = ["top", "bottom", "right", "left"] as const;
const MARKS = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫"];
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
// A signed tick or change: "+3", "−2.5" (a true minus sign), "0".
const signed = (text: string, v: number) => (v > 0 ? `+${text}` : v < 0 ? `−${text.replace(/^-/, "")}` : text);

// Compare's chart as the URL's view asks (lib/charts/view.ts): what is drawn, how its axes and tooltips read, the
// campaign band and exit lines where they apply, the milestones along aligned lines, and the CSV's extra columns.
export function compareDrawing(
  data: CompareData,
  locale: Locale,
  labels: ViewLabels,
  countyDrawn: boolean,
): { drawn: DrawnView; anchors: Anchor[]; milestones: Milestone[]; offLine: Milestone[] } {
  const { view } = data.selection;
  const unit = data.indicator.unit;
  const result = applyView(data.series, view, data.anchors);
  const aligned = view.align !== "year";
  const xTitle = view.align === "start" ? labels.axisStart : view.align === "exit" ? labels.axisExit : undefined;
  const xTick = aligned ? (x: number) => signed(String(x), x) : undefined;
  const base =
    result.baseX === null ? null : aligned ? `${xTitle} ${xTick!(result.baseX)}` : inYear(result.baseX, locale);
  const published = (p: ViewPoint) => formatValue(p.value, p.decimals, unit, locale);
  const percent = unit === "percent";

  let drawnText: (p: ViewPoint) => string;
  let tick: (v: number) => string;
  let yUnit: string | undefined;
  let describe: string;
  if (view.scale === "index") {
    drawnText = (p) => `${labels.indexUnit}${locale === "zh" ? "" : " "}${formatPlain(p.y, p.decimals)}`;
    tick = (v) => tickLabel(v, "persons", locale);
    yUnit = labels.indexUnit;
    describe = base === null ? labels.indexOwn : fill(labels.indexOf, { base });
  } else if (view.scale === "change") {
    drawnText = (p) =>
      percent
        ? `${signed(formatPlain(p.y, p.decimals), p.y)}${locale === "zh" ? "" : " "}${labels.pointsShort}`
        : signed(formatValue(p.y, p.decimals, unit, locale), p.y);
    tick = (v) => signed(tickLabel(v, "persons", locale), v);
    yUnit = percent ? labels.points : unitLabel(unit, locale);
    describe = base === null ? labels.changeOwn : fill(labels.changeOf, { base });
  } else {
    drawnText = published;
    tick = (v) => tickLabel(v, unit, locale);
    yUnit = percent ? undefined : unitLabel(unit, locale);
    describe = xTitle ?? "";
  }
  const text = (p: ViewPoint) =>
    view.scale === "value"
      ? aligned
        ? `${published(p)}${inParens(inYear(p.year, locale), locale)}`
        : published(p)
      : fill(labels.tip, { drawn: drawnText(p), value: published(p), year: p.year });

  const rulesApply = view.marks && view.scale === "value" && data.indicator.key === EXIT_RULES.indicator && countyDrawn;
  // Milestones on the drawn years of a line are numbered and marked on it; those before its first or after its last
  // figure are listed without a number. Two on one point share a label; a label near another goes to another side.
  const pointsOf = new Map(result.series.map((s) => [s.id, s.points]));
  const placed = data.milestones.flatMap((m) => {
    const id = data.series.find((s) => s.region === m.region && pointsOf.has(s.id))?.id;
    if (!id) return [];
    const x = m.year - data.anchors.get(m.region)!.year;
    return [{ ...m, series: id, x, y: onLine(pointsOf.get(id)!, x) }];
  });
  const onLines = placed.filter((m) => m.y !== null);
  const numbered = onLines.map((m, i) => ({ ...m, mark: MARKS[i] ?? String(i + 1) }));
  const ys = result.series.flatMap((s) => s.points.map((p) => p.y));
  const near = (Math.max(...ys, 0) - Math.min(...ys, 0)) * 0.08;
  const marks: NonNullable<DrawnView["marks"]> = [];
  const at: { x: number; y: number }[] = [];
  for (const m of numbered) {
    const same = marks.find((k) => k.series === m.series && k.x === m.x);
    if (same) {
      same.mark += m.mark;
      continue;
    }
    const crowd = at.filter((p) => p.x === m.x && Math.abs(p.y - m.y!) < near).length;
    marks.push({ series: m.series, x: m.x, mark: m.mark, position: SIDES[crowd % SIDES.length] });
    at.push({ x: m.x, y: m.y! });
  }
  const listed = (m: (typeof placed)[number] & { mark?: string }) => ({
    mark: m.mark ?? null,
    region: m.region,
    date: m.date,
    label: m.label,
    source: m.source,
  });
  return {
    drawn: {
      result,
      yUnit,
      tick,
      text,
      xTick,
      xTitle,
      describe,
      columns:
        view.scale === "value" && !aligned
          ? undefined
          : {
              x: view.align === "start" ? "years_since_start" : view.align === "exit" ? "years_from_exit" : undefined,
              value: view.scale === "value" ? undefined : view.scale,
            },
      band:
        view.marks && !aligned
          ? {
              ...CAMPAIGN,
              label: fill(labels.band, CAMPAIGN),
              short: fill(labels.bandShort, CAMPAIGN),
            }
          : null,
      rules: rulesApply
        ? EXIT_RULES.lines.map((r) => ({
            value: r.value,
            label: fill(labels.rule, { value: `${r.value}%`, where: labels.ruleWhere[r.where] }),
          }))
        : undefined,
      marks,
      zero: aligned
        ? {
            label: view.align === "exit" ? labels.zeroExit : labels.zeroStart,
            side: view.align === "exit" ? "left" : "right",
          }
        : undefined,
    },
    // Year 0 of each line drawn (a region left out has none to show).
    anchors: [...data.anchors.values()].filter((a) =>
      data.series.some((s) => s.region === a.region && pointsOf.has(s.id)),
    ),
    milestones: numbered.map(listed),
    offLine: placed.filter((m) => m.y === null).map(listed),
  };
}

const inYear = (year: number, locale: Locale) => (locale === "zh" ? `${year}年` : String(year));

import { formatValue, percentagePoints, percentChange } from "../format/number";
import type { Locale } from "../i18n/routing";
import type { Unit } from "../themes";
import type { ChartSeries } from "./types";

type Point = ChartSeries["points"][number];

// A change between two published figures: in percentage points for a percentage, else in percent of the first;
// at the precision the figures were published to (points) or to one decimal (percent). Null when it cannot be given.
function change(a: Point, b: Point, unit: Unit, locale: Locale): string | null {
  let size: string;
  let sign: number;
  if (unit === "percent") {
    const d = percentagePoints(a, b);
    sign = Math.sign(d.value);
    size = Math.abs(d.value).toFixed(d.decimals) + (locale === "zh" ? "个百分点" : " percentage points");
  } else {
    const pct = percentChange(a, b);
    if (pct === null) return null;
    sign = Math.sign(pct);
    size = `${Math.abs(pct).toFixed(1)}%`;
  }
  if (sign === 0) return locale === "zh" ? "没有变化" : "unchanged";
  if (locale === "zh") return `${sign < 0 ? "下降" : "上升"}${size}`;
  return `${sign < 0 ? "down" : "up"} ${size}`;
}

// The largest fall between two consecutive published figures of a series, if it has one and more than one step.
function largestFall(points: Point[]): [Point, Point] | null {
  let best: [Point, Point] | null = null;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    if (b.value < a.value && (!best || a.value - b.value > best[0].value - best[1].value)) best = [a, b];
  }
  return points.length > 2 ? best : null;
}

// A chart in words, one sentence per series (first and last figure and the change, then the largest fall), for
// screen readers and for readers who want the gist; computed from the drawn figures only, in the page's language.
export function chartSummary(series: ChartSeries[], unit: Unit, locale: Locale): string[] {
  const v = (p: Point) => formatValue(p.value, p.decimals, unit, locale);
  const zh = locale === "zh";
  const out: string[] = [];
  for (const s of series.filter((x) => x.points.length > 0)) {
    const first = s.points[0]!;
    const last = s.points.at(-1)!;
    // A region drawn on two bases is named with each series' basis.
    const name =
      series.filter((x) => x.region === s.region && x.points.length > 0).length > 1
        ? zh
          ? `${s.label}（${s.basisName}）`
          : `${s.label}, ${s.basisName}`
        : s.label;
    if (s.points.length === 1) {
      out.push(
        zh
          ? `${name}：只有一个数字，${first.year}年为${v(first)}。`
          : `${name}: one figure, ${v(first)} in ${first.year}.`,
      );
      continue;
    }
    const c = change(first, last, unit, locale);
    const fall = largestFall(s.points);
    const fc = fall ? change(fall[0], fall[1], unit, locale) : null;
    if (zh)
      out.push(
        `${name}：从${first.year}年的${v(first)}到${last.year}年的${v(last)}${c ? `，${c}` : ""}。` +
          (fall && fc ? `相邻两个数字之间降幅最大的是${fall[0].year}年至${fall[1].year}年，${fc}。` : ""),
      );
    else
      out.push(
        `${name}: from ${v(first)} in ${first.year} to ${v(last)} in ${last.year}${c ? `, ${c}` : ""}.` +
          (fall && fc
            ? ` The largest fall between two consecutive figures was from ${fall[0].year} to ${fall[1].year}, ${fc}.`
            : ""),
      );
  }
  return out;
}

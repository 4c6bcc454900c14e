import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";

const STEPS = [1, 2, 2.5, 5];

// Round ticks from 0 (1, 2, 2.5 or 5 × 10ⁿ), at most `maxTicks` intervals, covering `max`.
export function valueTicks(max: number, maxTicks: number): number[] {
  const top = max > 0 ? max : 1;
  const raw = top / Math.max(1, maxTicks);
  const p = 10 ** Math.floor(Math.log10(raw));
  let step = p * 10;
  for (const m of STEPS)
    if (m * p >= raw - 1e-12) {
      step = m * p;
      break;
    }
  const n = Math.ceil(top / step - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(10)));
}

// Round ticks covering [min, max] and always 0 (a chart of changes runs below zero): the step as valueTicks chooses.
export function rangeTicks(min: number, max: number, maxTicks: number): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (lo === 0) return valueTicks(hi, maxTicks);
  const step = valueTicks(hi - lo, maxTicks)[1]!;
  const from = Math.floor(lo / step + 1e-9);
  const to = Math.ceil(hi / step - 1e-9);
  return Array.from({ length: to - from + 1 }, (_, i) => Number(((from + i) * step).toFixed(10)));
}

// Year ticks: the first and last year always (a reader sees where the series starts and ends, 2019 included), and
// between them round years (every 1, 2, 5 or 10 years) that fit the axis without crowding each other or the ends.
export function yearTicks(min: number, max: number, plotWidth: number, fontSize: number): number[] {
  if (min === max) return [min];
  const gap = fontSize * 4.2;
  const fits = Math.max(2, Math.floor(plotWidth / gap));
  const step = [1, 2, 5, 10, 20].find((s) => Math.floor(max / s) - Math.ceil(min / s) + 1 <= fits) ?? 20;
  if (step === 1) return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const perYear = plotWidth / (max - min);
  const clear = (y: number) => (y - min) * perYear >= gap && (max - y) * perYear >= gap;
  const inner: number[] = [];
  for (let y = Math.ceil(min / step) * step; y < max; y += step) if (clear(y)) inner.push(y);
  return [min, ...inner, max];
}

// One formatter per number of decimals, made once (an Intl formatter costs far more to make than to use).
const byDecimals = new Map<number, Intl.NumberFormat>();
const fixed = (decimals: number) => {
  let f = byDecimals.get(decimals);
  if (!f)
    byDecimals.set(
      decimals,
      (f = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return f;
};

// One label format per locale for axes: grouped thousands ("7,500", "10,000"), trailing zeros dropped.
export function tickLabel(v: number, unit: Unit, _locale: Locale): string {
  const decimals = (String(v).split(".")[1] ?? "").length;
  const text = fixed(decimals).format(v);
  return unit === "percent" ? `${text}%` : text;
}

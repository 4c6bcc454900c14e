import { LANG_TAG, type Locale } from "../i18n/routing";
import type { Unit } from "../themes";

// Moves the decimal point of a plain decimal string without going through floating point.
export function shiftDecimal(digits: string, places: number): string {
  const negative = digits.startsWith("-");
  const [int = "0", frac = ""] = (negative ? digits.slice(1) : digits).split(".");
  let all = int + frac;
  let point = int.length + places;
  if (point < 0) {
    all = "0".repeat(-point) + all;
    point = 0;
  }
  if (point > all.length) all = all + "0".repeat(point - all.length);
  const head = all.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const tail = all.slice(point).replace(/0+$/, "");
  return (negative ? "-" : "") + (tail ? `${head}.${tail}` : head);
}

// Built once: an Intl formatter costs far more to make than to use, and a compare view formats thousands of numbers.
const GROUPED = new Intl.NumberFormat("en-US");

function group(decimal: string): string {
  const negative = decimal.startsWith("-");
  const [int = "0", frac] = (negative ? decimal.slice(1) : decimal).split(".");
  // One grouping in both languages, as the axes use: 4,229 beside 16,171 (never 4229 beside 16,171).
  const grouped = GROUPED.format(BigInt(int));
  return (negative ? "-" : "") + grouped + (frac ? `.${frac}` : "");
}

// The published value as an exact decimal string, with the published number of decimals.
export function exact(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

const ZH_SUFFIX: Record<Unit, string> = {
  percent: "%",
  persons: "人",
  "10k_persons": "万人",
  households: "户",
  villages: "个村",
  counties: "个县",
  "100m_yuan": "亿元",
  yuan: "元",
  yuan_per_year: "元/年",
  yuan_per_month: "元/月",
};

const EN_NOUN: Record<Exclude<Unit, "percent" | "10k_persons" | "100m_yuan">, [string, string]> = {
  persons: ["person", "people"],
  households: ["household", "households"],
  villages: ["village", "villages"],
  counties: ["county", "counties"],
  yuan: ["yuan", "yuan"],
  yuan_per_year: ["yuan a year", "yuan a year"],
  yuan_per_month: ["yuan a month", "yuan a month"],
};

// 65.77 (10k persons) → zh "65.77万人", en "657,700 people"; precision is never rounded away.
export function formatValue(value: number, decimals: number, unit: Unit, locale: Locale): string {
  const raw = exact(value, decimals);
  // 21.9119万 reads badly: a figure published to the person is shown in persons.
  if (locale === "zh" && unit === "10k_persons" && decimals > 2) return `${group(shiftDecimal(raw, 4))}人`;
  if (locale === "zh") return group(raw) + ZH_SUFFIX[unit];
  switch (unit) {
    case "percent":
      return `${group(raw)}%`;
    case "10k_persons": {
      const persons = shiftDecimal(raw, 4);
      if (Math.abs(value) >= 100) return `${shiftDecimal(raw, -2)} million people`;
      return `${group(persons)} ${persons === "1" ? "person" : "people"}`;
    }
    case "100m_yuan":
      return Math.abs(value) >= 10 ? `${shiftDecimal(raw, -1)} billion yuan` : `${shiftDecimal(raw, 2)} million yuan`;
    default: {
      const [one, many] = EN_NOUN[unit];
      return `${group(raw)} ${raw === "1" ? one : many}`;
    }
  }
}

// A bare number for tables and axes, in the indicator's own unit.
export function formatPlain(value: number, decimals: number): string {
  return group(exact(value, decimals));
}

export function unitLabel(unit: Unit, locale: Locale): string {
  const zh: Record<Unit, string> = ZH_SUFFIX;
  const en: Record<Unit, string> = {
    percent: "%",
    persons: "people",
    "10k_persons": "10,000 people",
    households: "households",
    villages: "villages",
    counties: "counties",
    "100m_yuan": "100 million yuan",
    yuan: "yuan",
    yuan_per_year: "yuan a year",
    yuan_per_month: "yuan a month",
  };
  return locale === "zh" ? zh[unit] : en[unit];
}

// Change between two percentages in percentage points, at the larger published precision.
export function percentagePoints(
  from: { value: number; decimals: number },
  to: { value: number; decimals: number },
): { value: number; decimals: number } {
  const decimals = Math.max(from.decimals, to.decimals);
  return { value: Number((to.value - from.value).toFixed(decimals)), decimals };
}

// Change between two figures in percent of the first, to one decimal; null when the first is zero.
export function percentChange(from: { value: number }, to: { value: number }): number | null {
  return from.value === 0 ? null : Number((((to.value - from.value) / from.value) * 100).toFixed(1));
}

// A file's size for a download link, in decimal units as browsers show them (618 B, 33.2 kB, 1.2 MB).
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1e3) return `${bytes} B`;
  const [unit, n] = bytes >= 1e6 ? (["megabyte", bytes / 1e6] as const) : (["kilobyte", bytes / 1e3] as const);
  return new Intl.NumberFormat(LANG_TAG[locale], { style: "unit", unit, maximumFractionDigits: 1 }).format(n);
}

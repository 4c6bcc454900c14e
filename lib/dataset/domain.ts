import type { Basis, Disagreement, Event, Indicator, Observation, Region, Source } from "../data/types";
import type {
  BasisRow,
  DataFileName,
  DisagreementRow,
  EventRow,
  IndicatorRow,
  ObservationRow,
  RegionRow,
  SourceRow,
} from "../schemas/data";

// The one place where CSV rows (name_zh, name_en, title_en, …) become the domain shape (name: {zh, en}, titleEn, …)
// and back. db:build, the open data API and the desk all convert here; the CSV row shape stays at the CSV boundary.

type Pair = readonly [field: string, zh: string, en: string];
type Shape = { pairs: readonly Pair[]; renames?: Readonly<Record<string, string>> };

// A source's `title` is its title in its own language (not always Chinese), so it stays beside `titleEn`, not in a pair.
const SHAPES: Record<DataFileName, Shape> = {
  regions: { pairs: [["name", "name_zh", "name_en"]] },
  indicators: {
    pairs: [
      ["name", "name_zh", "name_en"],
      ["definition", "definition_zh", "definition_en"],
    ],
  },
  bases: {
    pairs: [
      ["name", "name_zh", "name_en"],
      ["note", "note_zh", "note_en"],
    ],
  },
  sources: {
    pairs: [
      ["author", "author", "author_en"],
      ["publisher", "publisher", "publisher_en"],
      ["locator", "locator_zh", "locator_en"],
      ["note", "note_zh", "note_en"],
    ],
    renames: { title_en: "titleEn", seed_file: "seedFile", internal_note: "internalNote" },
  },
  observations: {
    pairs: [
      ["note", "note_zh", "note_en"],
      ["yearInferred", "year_inferred_zh", "year_inferred_en"],
    ],
  },
  events: { pairs: [["label", "label_zh", "label_en"]] },
  disagreements: { pairs: [["note", "note_zh", "note_en"]], renames: { preferred_source: "preferredSource" } },
};

export type Flat = Record<string, unknown>;
export type Nested = Record<string, unknown>;

const isPairValue = (v: unknown): v is { zh: unknown; en: unknown } =>
  !!v && typeof v === "object" && !Array.isArray(v);

// CSV columns to domain fields. Idempotent: a row already in the domain shape comes back unchanged, so stored
// desk drafts written in the old flat shape read the same as new ones.
export function nest(file: DataFileName, row: Flat): Nested {
  const { pairs, renames = {} } = SHAPES[file];
  const out: Nested = {};
  for (const [k, v] of Object.entries(row)) {
    const pair = pairs.find(([field, zh, en]) => (k === zh || k === en) && !(k === field && isPairValue(v)));
    if (pair) {
      const [field, zh] = pair;
      const prev = isPairValue(out[field]) ? (out[field] as Flat) : {};
      out[field] = { ...prev, [k === zh ? "zh" : "en"]: v };
    } else out[renames[k] ?? k] = v;
  }
  return out;
}

// Domain fields back to CSV columns (a null pair is two empty cells).
export function flatten(file: DataFileName, row: Nested): Flat {
  const { pairs, renames = {} } = SHAPES[file];
  const back = Object.fromEntries(Object.entries(renames).map(([col, field]) => [field, col]));
  const out: Flat = {};
  for (const [k, v] of Object.entries(row)) {
    const pair = pairs.find(([field]) => field === k);
    if (pair) {
      const [, zh, en] = pair;
      out[zh] = isPairValue(v) ? v.zh : null;
      out[en] = isPairValue(v) ? v.en : null;
    } else out[back[k] ?? k] = v;
  }
  return out;
}

// The domain path of one CSV column: name_zh → name.zh, title_en → titleEn; a problem found on the CSV row names the form's field.
export function domainPath(file: DataFileName, column: string): string {
  const { pairs, renames = {} } = SHAPES[file];
  const pair = pairs.find(([, zh, en]) => column === zh || column === en);
  if (pair) return `${pair[0]}.${column === pair[1] ? "zh" : "en"}`;
  return renames[column] ?? column;
}

// The value at a domain path (name.zh) of a nested row.
export function atPath(row: Nested, p: string): unknown {
  const [head, lang] = p.split(".") as [string, "zh" | "en" | undefined];
  const v = row[head];
  return lang ? (isPairValue(v) ? v[lang] : undefined) : v;
}

// A nested row from domain paths (the desk's form fields are named name.zh, name.en, …).
export function fromPaths(values: Record<string, string>): Nested {
  const out: Nested = {};
  for (const [p, v] of Object.entries(values)) {
    const [head, lang] = p.split(".") as [string, string | undefined];
    if (lang) out[head] = { ...(isPairValue(out[head]) ? (out[head] as Flat) : {}), [lang]: v };
    else out[head] = v;
  }
  return out;
}

// The number of decimals as published, so 0.60 stays 0.60.
export function decimalsOf(value: string): number {
  const dot = value.indexOf(".");
  return dot === -1 ? 0 : value.length - dot - 1;
}

const bothOrNull = (v: { zh: string | null; en: string | null }) =>
  v.zh !== null && v.en !== null ? { zh: v.zh, en: v.en } : null;

// Parsed CSV rows to the app's types (lib/data/types.ts).
export const fromRow = {
  regions: (r: RegionRow) => nest("regions", r) as Region,
  indicators: (r: IndicatorRow) => nest("indicators", r) as Indicator,
  bases: (r: BasisRow) => nest("bases", r) as Basis,
  // Editors' internal columns never reach the domain's public Source.
  sources: (r: SourceRow): Source => {
    const { seed_file: _s, internal_note: _i, ...pub } = r;
    type Half = { zh: string | null; en: string | null };
    const s = nest("sources", pub) as Omit<Source, "author" | "locator" | "note"> & {
      author: Half;
      locator: Half;
      note: Half;
    };
    return { ...s, author: bothOrNull(s.author), locator: bothOrNull(s.locator), note: bothOrNull(s.note) };
  },
  observations: (r: ObservationRow): Observation => {
    const o = nest("observations", r) as Omit<Observation, "value" | "decimals" | "yearInferred"> & {
      yearInferred: { zh: string | null; en: string | null };
    };
    return { ...o, value: Number(r.value), decimals: decimalsOf(r.value), yearInferred: bothOrNull(o.yearInferred) };
  },
  events: (r: EventRow) => nest("events", r) as Event,
  disagreements: (r: DisagreementRow): Disagreement => ({
    ...(nest("disagreements", r) as Omit<Disagreement, "years">),
    years: yearsOf(r.years),
  }),
};

// A disagreement row's `years` cell ("2013 2014") as numbers.
export const yearsOf = (cell: string): number[] => cell.trim().split(/\s+/).map(Number);

// The app's types back to CSV rows: the API answers, and the bulk downloads are, in the CSV's own column names.
export const toRow = {
  regions: (r: Region) => flatten("regions", r) as RegionRow,
  indicators: (r: Indicator) => flatten("indicators", r) as IndicatorRow,
  bases: (r: Basis) => flatten("bases", r) as BasisRow,
  sources: (s: Source) => flatten("sources", s) as Omit<SourceRow, "seed_file" | "internal_note">,
  observations: ({ decimals, ...o }: Observation) =>
    ({ ...flatten("observations", o), value: o.value.toFixed(decimals) }) as ObservationRow,
  events: (e: Event) => flatten("events", e) as EventRow,
  disagreements: (d: Disagreement) => ({ ...flatten("disagreements", d), years: d.years.join(" ") }) as DisagreementRow,
};

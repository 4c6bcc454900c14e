import { z } from "zod";
import { EVENT_KINDS, LEVELS, UNITS } from "../themes";

// One schema per CSV file in content/data; the loader and the importer both use these.
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lowercase slug (a-z, 0-9, hyphens)");
const key = z.string().regex(/^[a-z0-9]+(_[a-z0-9]+)*$/, "expected a lowercase key (a-z, 0-9, underscores)");
const text = z.string().trim().min(1, "must not be empty");
const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === "" ? null : s));
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
export const decimalString = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, "expected a number written with digits and an optional decimal point, e.g. 65.77");
export const year = z.coerce
  .number({ error: "expected a year" })
  .int("expected a whole year")
  .min(1949, "expected a year from 1949 to 2100")
  .max(2100, "expected a year from 1949 to 2100");

export const regionRow = z.object({
  slug,
  name_zh: text,
  name_en: text,
  level: z.enum(LEVELS),
  parent: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s))
    .pipe(slug.nullable()),
  // The national administrative division code (GB/T 2260), used to place the region on the map.
  adcode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "expected a six-digit administrative division code or nothing")
    .transform((s) => (s === "" ? null : s)),
});

export const indicatorRow = z.object({
  key,
  name_zh: text,
  name_en: text,
  unit: z.enum(UNITS),
  definition_zh: text,
  definition_en: text,
});

export const basisRow = z.object({ key: slug, name_zh: text, name_en: text, note_zh: text, note_en: text });

// Public columns reach pages, the API and downloads; seed_file and internal_note are for editors only
// (db:build leaves them out of the database and out of the published sources.csv).
export const SOURCE_INTERNAL_COLUMNS = ["seed_file", "internal_note"] as const;
export const sourceRow = z.object({
  id: slug,
  title: text,
  title_en: text,
  publisher: text,
  publisher_en: text,
  date: z.union([z.literal(""), partialDate]).transform((s) => (s === "" ? null : s)),
  // Only the URL of the original publication, confirmed to carry the same title, publisher and date.
  url: z
    .union([z.literal(""), z.url({ protocol: /^https?$/, error: "expected an http(s) URL or nothing" })])
    .transform((s) => (s === "" ? null : s)),
  // Print locator (page, issue, report number) in each language; both or neither.
  locator_zh: optionalText,
  locator_en: optionalText,
  language: z.enum(["zh", "en"]),
  note_zh: optionalText,
  note_en: optionalText,
  seed_file: optionalText,
  internal_note: optionalText,
})
  .superRefine((r, ctx) => {
    if ((r.locator_zh === null) !== (r.locator_en === null))
      ctx.addIssue({ code: "custom", path: [r.locator_zh === null ? "locator_zh" : "locator_en"], message: "expected the locator in both languages (locator_zh and locator_en) or in neither" });
    if ((r.note_zh === null) !== (r.note_en === null))
      ctx.addIssue({ code: "custom", path: [r.note_zh === null ? "note_zh" : "note_en"], message: "expected the public note in both languages (note_zh and note_en) or in neither" });
  });

export const observationRow = z.object({
  region: slug,
  indicator: key,
  year,
  value: decimalString,
  basis: slug,
  source: slug,
  note_zh: optionalText,
  note_en: optionalText,
});

export const eventRow = z.object({
  region: slug,
  date: partialDate,
  kind: z.enum(EVENT_KINDS),
  label_zh: text,
  label_en: text,
  source: slug,
});

export type RegionRow = z.infer<typeof regionRow>;
export type IndicatorRow = z.infer<typeof indicatorRow>;
export type BasisRow = z.infer<typeof basisRow>;
export type SourceRow = z.infer<typeof sourceRow>;
export type ObservationRow = z.infer<typeof observationRow>;
export type EventRow = z.infer<typeof eventRow>;

export const DATA_FILES = {
  regions: regionRow,
  indicators: indicatorRow,
  bases: basisRow,
  sources: sourceRow,
  observations: observationRow,
  events: eventRow,
} as const;
export type DataFileName = keyof typeof DATA_FILES;

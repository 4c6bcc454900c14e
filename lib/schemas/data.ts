import { z } from "zod";
import { ISSUE_TEXT as M } from "../problems/issues";
import { atMost, CELL_MAX, NAME_MAX, NUMBER_MAX, SLUG_MAX, URL_MAX } from "./limits";
import { EVENT_KINDS, LEVELS, UNITS } from "../themes";
import { LOCALES } from "../i18n/routing";
import { KEY, SLUG } from "./slug";

// One schema per CSV file in content/data; the loader and the importer both use these.
const slug = z.string().max(SLUG_MAX, atMost(SLUG_MAX)).regex(SLUG, M.expectedSlug);
const key = z.string().max(SLUG_MAX, atMost(SLUG_MAX)).regex(KEY, M.expectedKey);
const text = z.string().trim().min(1, M.notEmpty).max(CELL_MAX, atMost(CELL_MAX));
const name = z.string().trim().min(1, M.notEmpty).max(NAME_MAX, atMost(NAME_MAX));
const optionalName = z
  .string()
  .trim()
  .max(NAME_MAX, atMost(NAME_MAX))
  .transform((s) => (s === "" ? null : s));
const optionalText = z
  .string()
  .trim()
  .max(CELL_MAX, atMost(CELL_MAX))
  .transform((s) => (s === "" ? null : s));
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, M.expectedPartialDate);
export const decimalString = z
  .string()
  .trim()
  .max(NUMBER_MAX, atMost(NUMBER_MAX))
  .regex(/^-?\d+(\.\d+)?$/, M.expectedDecimal);
// What a column is in the published Table Schema (datapackage.json) when its zod type does not say it: a decimal is
// kept as text here (0.60 is not 0.6) but is a number to a reader.
export const tableSchemaType = z.registry<{ type: "number" }>();
tableSchemaType.add(decimalString, { type: "number" });
export const year = z.coerce
  .number({ error: M.expectedYear })
  .int(M.expectedWholeYear)
  .min(1949, M.yearRange)
  .max(2100, M.yearRange);

export const regionLevel = z.enum(LEVELS);
// The levels a new case's region can have (not the country: it has no parent and already exists), commonest first.
export const CASE_LEVELS = regionLevel.extract(["county", "prefecture", "province", "group"]).options;

export const regionRow = z.object({
  slug,
  name_zh: name,
  name_en: name,
  level: regionLevel,
  parent: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s))
    .pipe(slug.nullable()),
  // The national administrative division code (GB/T 2260), used to place the region on the map.
  adcode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, M.expectedAdcodeOrNothing)
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
export const sourceRow = z
  .object({
    id: slug,
    title: text,
    title_en: text,
    // The reporter or author as the source names them; empty when the source names none.
    author: optionalName,
    author_en: optionalName,
    // The publisher in each language; both empty when the source does not say (pages then say "publisher unknown").
    publisher: optionalName,
    publisher_en: optionalName,
    date: z.union([z.literal(""), partialDate]).transform((s) => (s === "" ? null : s)),
    // Only the URL of the original publication, confirmed to carry the same title, publisher and date.
    url: z
      .string()
      .max(URL_MAX, atMost(URL_MAX))
      .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/, error: M.expectedUrlOrNothing })]))
      .transform((s) => (s === "" ? null : s)),
    // Print locator (page, issue, report number) in each language; both or neither.
    locator_zh: optionalText,
    locator_en: optionalText,
    language: z.enum(LOCALES),
    note_zh: optionalText,
    note_en: optionalText,
    seed_file: optionalText,
    internal_note: optionalText,
  })
  .superRefine((r, ctx) => {
    if ((r.locator_zh === null) !== (r.locator_en === null))
      ctx.addIssue({
        code: "custom",
        path: [r.locator_zh === null ? "locator_zh" : "locator_en"],
        message: M.locatorBoth,
      });
    if ((r.note_zh === null) !== (r.note_en === null))
      ctx.addIssue({ code: "custom", path: [r.note_zh === null ? "note_zh" : "note_en"], message: M.noteBoth });
    if ((r.publisher === null) !== (r.publisher_en === null))
      ctx.addIssue({
        code: "custom",
        path: [r.publisher === null ? "publisher" : "publisher_en"],
        message: M.publisherBoth,
      });
    if ((r.author === null) !== (r.author_en === null))
      ctx.addIssue({ code: "custom", path: [r.author === null ? "author" : "author_en"], message: M.authorBoth });
  });

export const observationRow = z
  .object({
    region: slug,
    indicator: key,
    year,
    value: decimalString,
    basis: slug,
    source: slug,
    note_zh: optionalText,
    note_en: optionalText,
    // Empty when the source states the year; otherwise what the year was inferred from, in both languages.
    year_inferred_zh: optionalText,
    year_inferred_en: optionalText,
  })
  .superRefine((r, ctx) => {
    if ((r.year_inferred_zh === null) !== (r.year_inferred_en === null))
      ctx.addIssue({
        code: "custom",
        path: [r.year_inferred_zh === null ? "year_inferred_zh" : "year_inferred_en"],
        message: M.yearInferredBoth,
      });
  });

// Observations of one region, indicator and basis that sources report differently, and the editor's pick.
export const disagreementRow = z.object({
  region: slug,
  indicator: key,
  basis: slug,
  // One year, or several separated by a space ("2013 2014").
  years: z
    .string()
    .trim()
    .regex(/^\d{4}( \d{4})*$/, M.expectedYears),
  preferred_source: slug,
  note_zh: text,
  note_en: text,
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
export type DisagreementRow = z.infer<typeof disagreementRow>;

export const DATA_FILES = {
  regions: regionRow,
  indicators: indicatorRow,
  bases: basisRow,
  sources: sourceRow,
  observations: observationRow,
  events: eventRow,
  disagreements: disagreementRow,
} as const;
export type DataFileName = keyof typeof DATA_FILES;

// What makes a row unique (db:build refuses a second one) and what each reference column points to (db:build refuses a
// value that points nowhere); datapackage.json declares the same as primaryKey and foreignKeys.
export const PRIMARY_KEY = {
  regions: ["slug"],
  indicators: ["key"],
  bases: ["key"],
  sources: ["id"],
  observations: ["region", "indicator", "year", "basis", "source"],
  events: [],
  disagreements: [],
} as const satisfies Record<DataFileName, readonly string[]>;
export const FOREIGN_KEYS = {
  regions: { parent: "regions" },
  indicators: {},
  bases: {},
  sources: {},
  observations: { region: "regions", indicator: "indicators", basis: "bases", source: "sources" },
  events: { region: "regions", source: "sources" },
  disagreements: { region: "regions", indicator: "indicators", basis: "bases", preferred_source: "sources" },
} as const satisfies Record<DataFileName, Record<string, DataFileName>>;

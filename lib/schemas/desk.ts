import { z } from "zod";
import { CASE_LEVELS, SLUG } from "../editor/case-new";
import { THEMES } from "../themes";

// A draft's pending data rows, kept exactly as typed (one string per CSV column) until they are published.
const rawRow = z.record(z.string(), z.string());
export const draftData = z.object({
  region: rawRow.nullable().default(null),
  sources: z.array(rawRow).default([]),
  observations: z.array(rawRow).default([]),
  events: z.array(rawRow).default([]),
});
export type DraftData = z.infer<typeof draftData>;
export const DATA_KINDS = ["sources", "observations", "events"] as const;
export type DataKind = (typeof DATA_KINDS)[number];

const line = (min: number, what: string) => z.string().trim().min(min, what).max(400, "expected at most 400 characters");

const regionSlug = z.string().trim().regex(SLUG, "expected a lowercase slug: letters, digits and single hyphens, e.g. qingshan");
const newRegion = z
  .object({
    zhName: z.string().trim().min(1, "must not be empty"),
    enName: z.string().trim().min(1, "must not be empty"),
    level: z.enum(CASE_LEVELS, { error: `expected one of ${CASE_LEVELS.join(", ")}` }),
    parent: z.string().trim().min(1, "choose the parent region"),
    adcode: z.string().trim().regex(/^(\d{6})?$/, "expected a six-digit administrative division code"),
  })
  .nullable();

// The new-case form: the region (existing, or a new one) and both languages' title, summary and themes.
export const newCaseInput = z.object({
  slug: regionSlug,
  newRegion,
  title_zh: line(2, "expected the case title"),
  title_en: line(2, "expected the case title"),
  summary_zh: line(10, "expected a one- or two-sentence summary"),
  summary_en: line(10, "expected a one- or two-sentence summary"),
  themes: z
    .partialRecord(z.enum(THEMES), z.object({ zh: line(4, "expected one sentence"), en: line(4, "expected one sentence") }))
    .refine((t) => Object.keys(t).length > 0, { message: "choose at least one theme" }),
});
export type NewCaseInput = z.infer<typeof newCaseInput>;

export const DRAFT_KINDS = ["case", "data"] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

// A data change on its own: the region it is about (existing, or a new one) and one line saying what changes, the commit's title.
export const newDataInput = z.object({
  kind: z.literal("data"),
  slug: regionSlug,
  newRegion,
  title: z
    .string()
    .trim()
    .min(3, "expected a short description of the change, e.g. Lichuan: 2019 income figures")
    .max(120, "expected at most 120 characters (it becomes the commit's title)")
    .regex(/^[^\r\n]*$/, "expected one line"),
});
export type NewDataInput = z.infer<typeof newDataInput>;

// POST /api/desk/drafts: a case unless the body says kind "data" (older clients send no kind).
export const newDraftInput = z.preprocess(
  (v) => (v && typeof v === "object" && !Array.isArray(v) && !("kind" in v) ? { ...v, kind: "case" } : v),
  z.discriminatedUnion("kind", [newCaseInput.extend({ kind: z.literal("case") }), newDataInput], { error: `expected kind "case" or "data"` }),
);

export const saveInput = z.object({
  zh: z.string().max(300_000, "the text is too long"),
  en: z.string().max(300_000, "the text is too long"),
  version: z.number().int().min(1),
});

export const commentInput = z.object({ body: z.string().trim().min(1, "must not be empty").max(5000, "expected at most 5000 characters") });

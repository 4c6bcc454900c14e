import { z } from "zod";
import { ISSUE_TEXT as M, issueMessage } from "../dataset/issues";
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

const line = (min: number, what: string) => z.string().trim().min(min, what).max(400, issueMessage("atMostChars", { max: 400 }));

const regionSlug = z.string().trim().regex(SLUG, M.deskSlug);
const newRegion = z
  .object({
    zhName: z.string().trim().min(1, M.notEmpty),
    enName: z.string().trim().min(1, M.notEmpty),
    level: z.enum(CASE_LEVELS, { error: issueMessage("levelOneOf", { levels: CASE_LEVELS.join(", ") }) }),
    parent: z.string().trim().min(1, M.chooseParent),
    adcode: z.string().trim().regex(/^(\d{6})?$/, M.expectedAdcode),
  })
  .nullable();

// The new-case form: the region (existing, or a new one) and both languages' title, summary and themes.
export const newCaseInput = z.object({
  slug: regionSlug,
  newRegion,
  title_zh: line(2, M.expectedTitle),
  title_en: line(2, M.expectedTitle),
  summary_zh: line(10, M.expectedSummary),
  summary_en: line(10, M.expectedSummary),
  themes: z
    .partialRecord(z.enum(THEMES), z.object({ zh: line(4, M.expectedOneSentence), en: line(4, M.expectedOneSentence) }))
    .refine((t) => Object.keys(t).length > 0, { message: M.chooseTheme }),
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
    .min(3, M.dataTitle)
    .max(120, M.dataTitleLong)
    .regex(/^[^\r\n]*$/, M.oneLine),
});
export type NewDataInput = z.infer<typeof newDataInput>;

// POST /api/desk/drafts: a case unless the body says kind "data" (older clients send no kind).
export const newDraftInput = z.preprocess(
  (v) => (v && typeof v === "object" && !Array.isArray(v) && !("kind" in v) ? { ...v, kind: "case" } : v),
  z.discriminatedUnion("kind", [newCaseInput.extend({ kind: z.literal("case") }), newDataInput], { error: M.draftKind }),
);

export const saveInput = z.object({
  zh: z.string().max(300_000, M.textTooLong),
  en: z.string().max(300_000, M.textTooLong),
  version: z.number().int().min(1),
});

export const commentInput = z.object({ body: z.string().trim().min(1, M.notEmpty).max(5000, issueMessage("atMostChars", { max: 5000 })) });

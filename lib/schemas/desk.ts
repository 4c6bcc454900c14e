import { z } from "zod";
import { ISSUE_TEXT as M, issueMessage } from "../dataset/issues";
import { CASE_LEVELS, SLUG } from "../editor/case-new";
import { THEMES } from "../themes";
import { atMost, CELL_MAX, COMMENT_MAX, LINE_MAX, MDX_MAX, NAME_MAX, ROWS_MAX, SLUG_MAX } from "./limits";

// A draft's pending data rows in the domain shape (lib/dataset/domain.ts: name: {zh, en}, titleEn, …), each cell
// kept as typed until it is published. Drafts stored before that shape hold flat CSV rows (name_zh, name_en);
// lib/desk/draft-data.ts reads both. Stored rows are read back without limits (an older draft must still open).
const storedCell = z.union([z.string(), z.object({ zh: z.string(), en: z.string() })]);
const storedRow = z.record(z.string(), storedCell);
// Rows as an editor sends them, in the domain shape: each field name and cell within its limit, at most ROWS_MAX rows at once.
const inputCell = z.string().max(CELL_MAX, atMost(CELL_MAX));
export const inputRows = z
  .array(z.record(z.string().max(SLUG_MAX, atMost(SLUG_MAX)), z.union([inputCell, z.object({ zh: inputCell, en: inputCell }).strict()])))
  .min(1)
  .max(ROWS_MAX, issueMessage("atMostItems", { max: ROWS_MAX }));
export const draftData = z.object({
  region: storedRow.nullable().default(null),
  sources: z.array(storedRow).default([]),
  observations: z.array(storedRow).default([]),
  events: z.array(storedRow).default([]),
});
export type DraftRow = Record<string, string | { zh: string; en: string }>;
// The domain-shaped rows the desk edits.
export type DraftPending = { region: DraftRow | null; sources: DraftRow[]; observations: DraftRow[]; events: DraftRow[] };
// The same rows as CSV cells (one string per column): what materialize writes into content/data.
export type CsvRow = Record<string, string>;
export type DraftData = { region: CsvRow | null; sources: CsvRow[]; observations: CsvRow[]; events: CsvRow[] };
export const DATA_KINDS = ["sources", "observations", "events"] as const;
export type DataKind = (typeof DATA_KINDS)[number];

const line = (min: number, what: string) => z.string().trim().min(min, what).max(LINE_MAX, atMost(LINE_MAX));
const name = z.string().trim().min(1, M.notEmpty).max(NAME_MAX, atMost(NAME_MAX));

// At most SLUG_MAX: the slug becomes a folder and a URL (a 300-character one broke the draft's page).
export const regionSlug = z.string().trim().max(SLUG_MAX, atMost(SLUG_MAX)).regex(SLUG, M.deskSlug);
const newRegion = z
  .object({
    zhName: name,
    enName: name,
    level: z.enum(CASE_LEVELS, { error: issueMessage("levelOneOf", { levels: CASE_LEVELS.join(", ") }) }),
    parent: z.string().trim().min(1, M.chooseParent).max(SLUG_MAX, atMost(SLUG_MAX)),
    adcode: z.string().trim().max(6, atMost(6)).regex(/^(\d{6})?$/, M.expectedAdcode),
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
  zh: z.string().max(MDX_MAX, atMost(MDX_MAX)),
  en: z.string().max(MDX_MAX, atMost(MDX_MAX)),
  version: z.number().int().min(1),
});

export const commentInput = z.object({ body: z.string().trim().min(1, M.notEmpty).max(COMMENT_MAX, atMost(COMMENT_MAX)) });

// Approval names the version the reviewer read: a draft changed since then is not published (409).
export const approveInput = z.object({ version: z.number({ error: M.expectedDraftVersion }).int().min(1) });

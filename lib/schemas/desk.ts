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

// The new-case form: the region (existing, or a new one) and both languages' title, summary and themes.
export const newCaseInput = z.object({
  slug: z.string().trim().regex(SLUG, M.deskSlug),
  newRegion: z
    .object({
      zhName: z.string().trim().min(1, M.notEmpty),
      enName: z.string().trim().min(1, M.notEmpty),
      level: z.enum(CASE_LEVELS, { error: issueMessage("levelOneOf", { levels: CASE_LEVELS.join(", ") }) }),
      parent: z.string().trim().min(1, M.chooseParent),
      adcode: z.string().trim().regex(/^(\d{6})?$/, M.expectedAdcode),
    })
    .nullable(),
  title_zh: line(2, M.expectedTitle),
  title_en: line(2, M.expectedTitle),
  summary_zh: line(10, M.expectedSummary),
  summary_en: line(10, M.expectedSummary),
  themes: z
    .partialRecord(z.enum(THEMES), z.object({ zh: line(4, M.expectedOneSentence), en: line(4, M.expectedOneSentence) }))
    .refine((t) => Object.keys(t).length > 0, { message: M.chooseTheme }),
});
export type NewCaseInput = z.infer<typeof newCaseInput>;

export const saveInput = z.object({
  zh: z.string().max(300_000, M.textTooLong),
  en: z.string().max(300_000, M.textTooLong),
  version: z.number().int().min(1),
});

export const commentInput = z.object({ body: z.string().trim().min(1, M.notEmpty).max(5000, issueMessage("atMostChars", { max: 5000 })) });

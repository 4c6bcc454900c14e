import { z } from "zod";
import { ISSUE_TEXT as M, issueMessage } from "../problems/issues";
import { CASE_LEVELS } from "./data";
import { routing } from "../i18n/routing";
import { THEMES } from "../themes";
import {
  atMost,
  CELL_MAX,
  COMMENT_MAX,
  CSV_BATCH_MAX,
  EMAIL_MAX,
  LINE_MAX,
  MDX_MAX,
  NAME_MAX,
  ROWS_MAX,
  SLUG_MAX,
} from "./limits";
import { SLUG } from "./slug";

// A draft's pending data rows in the domain shape (lib/dataset/domain.ts: name: {zh, en}, titleEn, …), each cell
// kept as typed until it is published. Drafts stored before that shape hold flat CSV rows (name_zh, name_en);
// lib/desk/draft-data.ts reads both. Stored rows are read back without limits (an older draft must still open).
const storedCell = z.union([z.string(), z.object({ zh: z.string(), en: z.string() })]);
const storedRow = z.record(z.string(), storedCell);
// Rows as an editor sends them, in the domain shape: each field name and cell within its limit, at most ROWS_MAX rows at once.
const inputCell = z.string().max(CELL_MAX, atMost(CELL_MAX));
export const inputRows = z
  .array(
    z.record(
      z.string().max(SLUG_MAX, atMost(SLUG_MAX)),
      z.union([inputCell, z.object({ zh: inputCell, en: inputCell }).strict()]),
    ),
  )
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
export type DraftPending = {
  region: DraftRow | null;
  sources: DraftRow[];
  observations: DraftRow[];
  events: DraftRow[];
};
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
    adcode: z
      .string()
      .trim()
      .max(6, atMost(6))
      .regex(/^(\d{6})?$/, M.expectedAdcode),
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
  z.discriminatedUnion("kind", [newCaseInput.extend({ kind: z.literal("case") }), newDataInput], {
    error: M.draftKind,
  }),
);

export const saveInput = z.object({
  zh: z.string().max(MDX_MAX, atMost(MDX_MAX)),
  en: z.string().max(MDX_MAX, atMost(MDX_MAX)),
  version: z.number().int().min(1),
});

export const commentInput = z.object({
  body: z.string().trim().min(1, M.notEmpty).max(COMMENT_MAX, atMost(COMMENT_MAX)),
});

// Approval names the version the reviewer read: a draft changed since then is not published (409).
export const approveInput = z.object({ version: z.number({ error: M.expectedDraftVersion }).int().min(1) });

// The seven desk routes that took their bodies through inline schemas, and the three form posts, declare them here.

// POST /api/desk/drafts/:id/submit: no body.
export const submitInput = z.object({});

// POST and DELETE /api/desk/drafts/:id/rows: rows for one table, or one pending row's place in it.
const dataKind = z.enum(DATA_KINDS);
export const addRowsInput = z.object({ kind: dataKind, rows: inputRows });
export const removeRowInput = z.object({ kind: dataKind, index: z.number().int().min(0) });

// POST /api/desk/drafts/:id/batch: a CSV of figures, previewed unless apply is true.
export const batchInput = z.object({
  csv: z.string().min(1, "choose a CSV file").max(CSV_BATCH_MAX, atMost(CSV_BATCH_MAX)),
  apply: z.boolean().default(false),
});

// The desk's roles; one list, used by the CLI, the forms and every permission check (lib/desk/roles.ts re-exports it).
export const ROLES = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
const email = z.email({ error: M.expectedEmail }).max(EMAIL_MAX, atMost(EMAIL_MAX));

// A new account (npm run desk:user, or an accepted invitation).
export const newUserInput = z.object({
  email: email.transform((s) => s.toLowerCase()),
  name: z.string().trim().min(1, M.notEmpty).max(NAME_MAX, atMost(NAME_MAX)),
  role: z.enum(ROLES, { error: issueMessage("levelOneOf", { levels: ROLES.join(", ") }) }),
  password: z
    .string()
    .min(PASSWORD_MIN, issueMessage("atLeastChars", { min: PASSWORD_MIN }))
    .max(PASSWORD_MAX, issueMessage("atMostChars", { max: PASSWORD_MAX })),
});
export type NewUser = z.infer<typeof newUserInput>;

// Who is invited: a new user's fields, less the password they will choose themselves.
export const inviteInput = newUserInput.omit({ password: true });
export type InviteInput = z.infer<typeof inviteInput>;

// POST /api/desk/invites: the invitation, and the language of the link the admin passes on.
export const createInviteInput = inviteInput.extend({ locale: z.enum(routing.locales).default(routing.defaultLocale) });
// DELETE /api/desk/invites: which open invitation to revoke.
export const revokeInviteInput = z.object({ id: z.number().int().positive() });

// PATCH /api/desk/users: an account's role, and whether it is disabled.
export const setRoleInput = z.object({ email, role: z.enum(ROLES), disabled: z.boolean().default(false) });

// POST /api/desk/password: the current password (checked by better-auth) and the new one.
export const passwordChangeInput = z.object({
  currentPassword: z
    .string()
    .min(1, M.notEmpty)
    .max(PASSWORD_MAX, issueMessage("atMostChars", { max: PASSWORD_MAX })),
  newPassword: newUserInput.shape.password,
});

// The plain forms (sign-in, sign-out, accepting an invitation) post without JavaScript: a missing or odd field reads as
// empty, and the route answers with a redirect naming the reason, never a JSON error.
const field = z.string().catch("");
const formLocale = z.enum(routing.locales).catch(routing.defaultLocale);
export const signInForm = z.object({
  locale: formLocale,
  email: field.transform((s) => s.trim().toLowerCase()),
  password: field,
});
export const signOutForm = z.object({ locale: formLocale });
export const acceptInviteForm = z.object({ locale: formLocale, token: field, password: field, confirm: field });

// A posted form as one object for these schemas (a repeated field keeps its first value, as FormData.get does).
export function formObject(form: FormData | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of form?.entries() ?? []) if (!(k in out)) out[k] = v;
  return out;
}

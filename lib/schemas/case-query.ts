import { z } from "zod";
import { LEVELS, THEMES } from "../themes";

export const CASE_SORTS = ["title", "start", "drop", "updated"] as const;

const blank = (v: unknown) => (v === "" ? undefined : v);
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// The case index's URL state (/cases/filter?province=hubei&theme=ecommerce,finance&page=2); anything unknown is ignored, so old links still open.
export const caseQuery = z.object({
  province: z.preprocess((v) => blank(one(v)), z.string().regex(/^[a-z0-9-]+$/).optional()).catch(undefined),
  level: z.preprocess((v) => blank(one(v)), z.enum(LEVELS).optional()).catch(undefined),
  // Checkboxes send theme=a&theme=b; shared links may say theme=a,b.
  theme: z
    .preprocess((v) => (v === undefined ? [] : [v].flat().flatMap((s) => String(s).split(",")).filter(Boolean)), z.array(z.enum(THEMES)))
    .catch([]),
  year: z.preprocess((v) => blank(one(v)), z.coerce.number().int().min(1949).max(2100).optional()).catch(undefined),
  term: z.preprocess((v) => blank(one(v)), z.string().regex(/^[a-z0-9-]+$/).optional()).catch(undefined),
  sort: z.preprocess((v) => blank(one(v)), z.enum(CASE_SORTS).default("title")).catch("title"),
  page: z.preprocess((v) => blank(one(v)), z.coerce.number().int().min(1).default(1)).catch(1),
});

export type CaseQuery = z.infer<typeof caseQuery>;

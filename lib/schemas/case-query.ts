import { z } from "zod";
import { LEVELS, THEMES } from "../themes";

export const CASE_SORTS = ["title", "start", "drop", "updated"] as const;

const blank = (v: unknown) => (v === "" ? undefined : v);
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

// The case index's URL state (/cases/filter?province=hubei&theme=ecommerce,finance&page=2); anything unknown is ignored, so old links still open.
export const caseQuery = z.object({
  province: z
    .preprocess(
      (v) => blank(one(v)),
      z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .optional(),
    )
    .catch(undefined),
  level: z.preprocess((v) => blank(one(v)), z.enum(LEVELS).optional()).catch(undefined),
  // Checkboxes send theme=a&theme=b; shared links may say theme=a,b.
  theme: z
    .preprocess(
      (v) =>
        v === undefined
          ? []
          : [v]
              .flat()
              .flatMap((s) => String(s).split(","))
              .filter(Boolean),
      z.array(z.enum(THEMES)),
    )
    .catch([]),
  year: z.preprocess((v) => blank(one(v)), z.coerce.number().int().min(1949).max(2100).optional()).catch(undefined),
  term: z
    .preprocess(
      (v) => blank(one(v)),
      z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .optional(),
    )
    .catch(undefined),
  sort: z.preprocess((v) => blank(one(v)), z.enum(CASE_SORTS).default("title")).catch("title"),
  page: z.preprocess((v) => blank(one(v)), z.coerce.number().int().min(1).default(1)).catch(1),
});

export type CaseQuery = z.infer<typeof caseQuery>;

export const isFiltered = (q: CaseQuery) =>
  !!(q.province || q.level || q.theme.length || q.year !== undefined || q.term || q.sort !== "title");

// Where page n of a view lives: the unfiltered index is prerendered (/cases, /cases/page/n); a filtered view is /cases/filter?….
export function casesHref(q: CaseQuery, page: number): string {
  if (!isFiltered(q)) return page === 1 ? "/cases" : `/cases/page/${page}`;
  const p = new URLSearchParams();
  if (q.province) p.set("province", q.province);
  if (q.level) p.set("level", q.level);
  if (q.theme.length) p.set("theme", q.theme.join(","));
  if (q.year !== undefined) p.set("year", String(q.year));
  if (q.term) p.set("term", q.term);
  if (q.sort !== "title") p.set("sort", q.sort);
  if (page > 1) p.set("page", String(page));
  return `/cases/filter?${p.toString().replace(/%2C/g, ",")}`;
}

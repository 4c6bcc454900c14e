import { z } from "zod";
import { ISSUE_TEXT as M, issueMessage } from "../problems/issues";
import { THEMES } from "../themes";
import { regionLevel } from "./data";
import { SLUG } from "./slug";

const slug = z.string().regex(SLUG, M.expectedSlug);

// Frontmatter of content/cases/<slug>/<locale>.mdx.
export const caseFrontmatter = z
  .object({
    title: z.string().trim().min(2, M.expectedTitle),
    summary: z.string().trim().min(10, M.expectedSummary),
    region: slug,
    level: regionLevel,
    province: slug,
    period: z
      .object({
        start: z.number().int().min(1949, M.yearFrom1949).max(2100, M.yearUpTo2100),
        end: z.number().int().min(1949, M.yearFrom1949).max(2100, M.yearUpTo2100),
      })
      .refine((p) => p.start <= p.end, { message: M.periodOrder }),
    themes: z
      .partialRecord(z.enum(THEMES), z.string().trim().min(4, M.expectedThemeSentence), {
        // zod reports unknown record keys as unrecognized_keys, which its error-map type does not list.
        error: (iss) => {
          const { code, keys = [] } = iss as unknown as { code: string; keys?: string[] };
          return code === "unrecognized_keys"
            ? issueMessage("unknownTheme", { keys: keys.map((k) => `"${k}"`).join(", "), themes: THEMES.join(", ") })
            : undefined;
        },
      })
      .refine((t) => Object.keys(t).length > 0, { message: M.atLeastOneTheme }),
    related_regions: z.array(slug).default([]),
    sources: z.array(slug).min(1, M.atLeastOneSource),
    // A key fact the case cites that is not a dated observation (e.g. a population the source gives without a year):
    // the value exactly as published, its source (one of `sources`) and a short caveat in this file's language.
    facts: z
      .object({
        population: z
          .object({
            value: z
              .string()
              .trim()
              .regex(/^\d+(\.\d+)?$/, M.factValue),
            source: slug,
            note: z.string().trim().min(4, M.factNote),
          })
          .strict(),
      })
      .partial()
      .strict()
      .optional(),
    updated: z.iso.date({ error: M.expectedIsoDate }),
  })
  .strict();

export type CaseFrontmatter = z.infer<typeof caseFrontmatter>;

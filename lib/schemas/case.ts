import { z } from "zod";
import { LEVELS, THEMES } from "../themes";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lowercase slug (a-z, 0-9, hyphens)");

// Frontmatter of content/cases/<slug>/<locale>.mdx.
export const caseFrontmatter = z
  .object({
    title: z.string().trim().min(2, "expected the case title"),
    summary: z.string().trim().min(10, "expected a one- or two-sentence summary"),
    region: slug,
    level: z.enum(LEVELS),
    province: slug,
    period: z
      .object({
        start: z.number().int().min(1949, "expected a year from 1949").max(2100, "expected a year up to 2100"),
        end: z.number().int().min(1949, "expected a year from 1949").max(2100, "expected a year up to 2100"),
      })
      .refine((p) => p.start <= p.end, { message: "period.start must not be after period.end" }),
    themes: z
      .partialRecord(z.enum(THEMES), z.string().trim().min(4, "expected one sentence on what the region did"), {
        // zod reports unknown record keys as unrecognized_keys, which its error-map type does not list.
        error: (iss) => {
          const { code, keys = [] } = iss as unknown as { code: string; keys?: string[] };
          return code === "unrecognized_keys" ? `unknown theme ${keys.map((k) => `"${k}"`).join(", ")}; expected themes from the fixed list: ${THEMES.join(", ")}` : undefined;
        },
      })
      .refine((t) => Object.keys(t).length > 0, { message: "expected at least one theme" }),
    related_regions: z.array(slug).default([]),
    sources: z.array(slug).min(1, "expected at least one source id"),
    // A key fact the case cites that is not a dated observation (e.g. a population the source gives without a year):
    // the value exactly as published, its source (one of `sources`) and a short caveat in this file's language.
    facts: z
      .object({
        population: z
          .object({
            value: z.string().trim().regex(/^\d+(\.\d+)?$/, "expected the value as published in the indicator's unit, e.g. \"299.3\""),
            source: slug,
            note: z.string().trim().min(4, "expected a short caveat, e.g. that the source gives no year"),
          })
          .strict(),
      })
      .partial()
      .strict()
      .optional(),
    updated: z.iso.date({ error: "expected a date as YYYY-MM-DD" }),
  })
  .strict();

export type CaseFrontmatter = z.infer<typeof caseFrontmatter>;

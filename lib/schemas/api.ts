import { z } from "zod";
import { KEY, SLUG } from "./slug";

// Query parameters of the open data API; unknown parameters are rejected so typos do not silently return everything.
const slug = z
  .string()
  .regex(SLUG, "expected a lowercase slug such as lichuan")
  .max(64, "expected at most 64 characters");
const key = z
  .string()
  .regex(KEY, "expected an indicator key such as poverty_incidence")
  .max(64, "expected at most 64 characters");
const year = z
  .string()
  .regex(/^\d{4}$/, "expected a four-digit year")
  .transform(Number)
  .pipe(z.number().min(1949, "expected a year from 1949 to 2100").max(2100, "expected a year from 1949 to 2100"));
const format = z.enum(["json", "csv"], { error: 'expected "json" or "csv"' }).default("json");
const list = (item: z.ZodType<string, string>) =>
  z
    .string()
    .max(512, "expected at most 512 characters")
    .transform((s) => s.split(","))
    .pipe(z.array(item).min(1).max(20, "expected at most 20 values"));

export const listQuery = z.object({ format }).strict();

export const observationsQuery = z
  .object({
    region: list(slug).optional(),
    indicator: list(key).optional(),
    basis: slug.optional(),
    from: year.optional(),
    to: year.optional(),
    format,
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  });

export type ObservationsQuery = z.infer<typeof observationsQuery>;

export const disagreementsQuery = z
  .object({ region: list(slug).optional(), indicator: list(key).optional(), format })
  .strict();

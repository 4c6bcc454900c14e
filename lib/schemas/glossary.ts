import { z } from "zod";
import { ISSUE_TEXT as M } from "../problems/issues";
import { SLUG } from "./slug";

const id = z.string().regex(SLUG);

// content/glossary/<id>.yaml
export const glossaryTerm = z
  .object({
    zh: z.string().trim().min(1, M.expectedZhTerm),
    en: z.string().trim().min(1, M.expectedEnTerm),
    pinyin: z.string().trim().min(1, M.expectedPinyin),
    definition_zh: z.string().trim().min(10, M.expectedZhDefinition),
    definition_en: z.string().trim().min(10, M.expectedEnDefinition),
    aliases_en: z.array(z.string()).default([]),
    related: z.array(id).default([]),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTerm>;

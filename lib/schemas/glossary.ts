import { z } from "zod";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

// content/glossary/<id>.yaml
export const glossaryTerm = z
  .object({
    zh: z.string().trim().min(1, "expected the Chinese term"),
    en: z.string().trim().min(1, "expected the English term"),
    pinyin: z.string().trim().min(1, "expected the pinyin"),
    definition_zh: z.string().trim().min(10, "expected a definition in Chinese"),
    definition_en: z.string().trim().min(10, "expected a definition in English"),
    aliases_en: z.array(z.string()).default([]),
    related: z.array(id).default([]),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTerm>;

import { defineCollection, defineConfig } from "@content-collections/core";
import { z } from "zod";
import { compileMDX } from "@content-collections/mdx";
import { caseFrontmatter } from "./lib/schemas/case";
import { glossaryTerm } from "./lib/schemas/glossary";
import { escapeHeadingIds, remarkHeadingIds } from "./lib/content/heading-ids";
import { outline, readingMinutes } from "./lib/content/outline";

const cases = defineCollection({
  name: "cases",
  directory: "content/cases",
  include: "*/*.mdx",
  schema: caseFrontmatter.extend({ content: z.string() }),
  transform: async (doc, ctx) => {
    const [slug, locale] = [doc._meta.directory, doc._meta.fileName.replace(/\.mdx$/, "")];
    if (locale !== "zh" && locale !== "en")
      throw new Error(`content/cases/${doc._meta.filePath}: the file name must be zh.mdx or en.mdx`);
    const mdx = await compileMDX(ctx, { ...doc, content: escapeHeadingIds(doc.content) }, { remarkPlugins: [remarkHeadingIds] });
    const { headings } = outline(doc.content);
    return {
      ...doc,
      slug,
      locale: locale as "zh" | "en",
      mdx,
      headings: headings.map(({ depth, id, text }) => ({ depth, id, text })),
      readingMinutes: readingMinutes(doc.content, locale),
    };
  },
});

const glossary = defineCollection({
  name: "glossary",
  directory: "content/glossary",
  include: "*.yaml",
  parser: "yaml",
  schema: glossaryTerm.extend({ content: z.string().optional() }),
  transform: (doc) => ({ ...doc, id: doc._meta.path }),
});

export default defineConfig({ content: [cases, glossary] });

import { defineCollection, defineConfig } from "@content-collections/core";
import { z } from "zod";
import { glossaryTerm } from "./lib/schemas/glossary";

// Cases are not a collection: lib/content/cases.ts reads their metadata from disk and each case page
// compiles only its own MDX, so no page bundles every case (see docs/performance.md).
const glossary = defineCollection({
  name: "glossary",
  directory: "content/glossary",
  include: "*.yaml",
  parser: "yaml",
  schema: glossaryTerm.extend({ content: z.string().optional() }),
  transform: (doc) => ({ ...doc, id: doc._meta.path }),
});

export default defineConfig({ content: [glossary] });

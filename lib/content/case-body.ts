import "server-only";
import type { ComponentType } from "react";
import * as runtime from "react/jsx-runtime";
import { compile, run } from "@mdx-js/mdx";
import { getCaseBody, type CaseDoc } from "./cases";
import { escapeHeadingIds, remarkHeadingIds } from "./heading-ids";

type MDXProps = { components: Record<string, ComponentType<never>> };

// Compiles one case's MDX when its page is prerendered, so no page's bundle carries any case's text.
export async function caseContent(doc: CaseDoc): Promise<ComponentType<MDXProps>> {
  const code = String(await compile(escapeHeadingIds(getCaseBody(doc)), { outputFormat: "function-body", remarkPlugins: [remarkHeadingIds] }));
  const mod = await run(code, { ...runtime, baseUrl: import.meta.url });
  return mod.default as ComponentType<MDXProps>;
}

import "server-only";
import type { Root } from "mdast";
import { parseCase } from "../content/parse-case";
import type { MdxProblem } from "../content/safe-mdx";

export type PreviewDoc = {
  title: string;
  summary: string;
  sources: string[];
  region: string;
  tree: Root | null;
  problems: MdxProblem[];
};

// A draft's MDX through the same parser as content:check and the case page; drawn only when the safety check passes.
export function previewTree(text: string): PreviewDoc {
  const c = parseCase({ path: "content/cases/draft/draft.mdx", text });
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const fm = c.raw;
  const doc = {
    title: str(fm.title),
    summary: str(fm.summary),
    region: str(fm.region),
    sources: Array.isArray(fm.sources) ? fm.sources.map(String) : [],
    problems: c.unsafe,
  };
  return { ...doc, tree: c.tree && !c.unsafe.length ? c.tree : null };
}

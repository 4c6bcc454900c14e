import "server-only";
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { toHast, type Handler, type State } from "mdast-util-to-hast";
import { parseDocument } from "yaml";
import { remarkHeadingIds } from "../content/heading-ids";
import { checkSafeMdx, type MdxProblem } from "../content/safe-mdx";

export type PreviewDoc = { title: string; summary: string; sources: string[]; region: string; hast: HastRoot | null; problems: MdxProblem[] };

// A draft's MDX as a HAST tree the preview can render: only after the safe-MDX check passes, and without evaluating anything.
export function previewTree(text: string): PreviewDoc {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const fm = (m ? parseDocument(m[1]!).toJS() : {}) as Record<string, unknown>;
  const body = m ? text.slice(m[0].length) : text;
  const { tree, problems } = checkSafeMdx(body, m ? m[0].split("\n").length : 1);
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const doc = { title: str(fm.title), summary: str(fm.summary), region: str(fm.region), sources: Array.isArray(fm.sources) ? fm.sources.map(String) : [], problems };
  if (!tree || problems.length) return { ...doc, hast: null };
  remarkHeadingIds()(tree as Root);
  const jsx: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => ({
    type: "element",
    tagName: node.name!,
    // Literal props only: the check above refused anything else; year={2019} arrives as the number's text.
    properties: Object.fromEntries(node.attributes.map((a) => (a.type === "mdxJsxAttribute" ? [a.name, typeof a.value === "string" ? a.value : String(a.value?.value ?? "")] : ["", ""]))),
    children: state.all(node) as ElementContent[],
  });
  const hast = toHast(tree, { handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx, mdxFlowExpression: () => undefined, mdxTextExpression: () => undefined } }) as HastRoot;
  return { ...doc, hast };
}

import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { headingIdOf } from "./heading-ids";
import type { Locale } from "../i18n/routing";

export type OutlineHeading = { depth: 2 | 3; id: string; text: string; line: number };
export type ComponentRef = { name: "Figure" | "Term" | "Cite"; attrs: Record<string, string>; line: number };
export type OutlineLink = { href: string; line: number };
export type Outline = { headings: OutlineHeading[]; refs: ComponentRef[]; links: OutlineLink[]; words: string };

const REFS = new Set(["Figure", "Term", "Cite"]);

// What the checks and pages need from a parsed body: headings with ids, data-bearing components and internal links, with lines.
export function outlineOf(tree: Root, firstLine = 1): Outline {
  const at = (n: { position?: { start: { line: number } } }) => (n.position?.start.line ?? 1) + firstLine - 1;
  const headings: OutlineHeading[] = [];
  const refs: ComponentRef[] = [];
  const links: OutlineLink[] = [];
  const words: string[] = [];
  visit(tree, (node) => {
    // Prose only: comments ({/* … */}) and code are not read.
    if (node.type === "text") words.push(node.value);
    else if (node.type === "heading" && (node.depth === 2 || node.depth === 3)) {
      const id = headingIdOf(node);
      if (id) headings.push({ depth: node.depth, id, text: toString(node).trim(), line: at(node) });
    } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && REFS.has(node.name ?? "")) {
      refs.push({ name: node.name as ComponentRef["name"], attrs: literalAttributes(node), line: at(node) });
    } else if ((node.type === "link" || node.type === "definition") && /^[/#]/.test(node.url)) {
      links.push({ href: node.url, line: at(node) });
    }
  });
  return { headings, refs, links, words: words.join(" ") };
}

// A component's props as text: strings as written, year={2019} as "2019"; anything else was refused by the safety check.
export function literalAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const a of node.attributes.filter((x): x is MdxJsxAttribute => x.type === "mdxJsxAttribute"))
    attrs[a.name] = (typeof a.value === "string" ? a.value : (a.value?.value ?? "")).trim();
  return attrs;
}

// Characters for Chinese, words for English; the usual reading speeds.
export function readingMinutes(words: string, locale: Locale): number {
  const units = locale === "zh" ? (words.match(/[\u4e00-\u9fff]/g) ?? []).length : (words.match(/[A-Za-z0-9’'-]+/g) ?? []).length;
  return Math.max(1, Math.round(units / (locale === "zh" ? 400 : 220)));
}

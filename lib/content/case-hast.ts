import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { toHast, type Handler, type State } from "mdast-util-to-hast";
import { literalAttributes } from "./outline";
import type { Locale } from "../i18n/routing";

// The checked tree as HTML's tree, for case-html.ts: nothing in it is code, and nothing is evaluated.
// Site components stay elements named Figure, Term, Cite, Timeline with text props; caseHtml builds each one.
export function caseHast(tree: Root, locale: Locale): HastRoot {
  const jsx: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => ({
    type: "element",
    tagName: node.name!,
    properties: literalAttributes(node),
    children: state.all(node) as ElementContent[],
  });
  return toHast(tree, {
    handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx, mdxFlowExpression: () => undefined, mdxTextExpression: () => undefined, mdxjsEsm: () => undefined },
    footnoteLabel: locale === "zh" ? "脚注" : "Footnotes",
    footnoteBackLabel: (i) => (locale === "zh" ? `返回正文 ${i + 1}` : `Back to reference ${i + 1}`),
    // Both languages' footnotes can sit on one page (the desk preview); keep their ids apart.
    clobberPrefix: `${locale}-`,
  }) as HastRoot;
}

import type { RootContent } from "mdast";
import { TEMPLATE_NOTES } from "./case-scaffold";
import type { Add } from "./check-types";
import { headingIdOf } from "./heading-ids";
import type { ParsedCase } from "./parse-case";

const NOTES = new Set(TEMPLATE_NOTES.map((n) => n.trim()));
// Nodes a reader does not see: headings, comments and link definitions (<Timeline /> counts: it lists the events).
const isFurniture = (n: RootContent) => n.type === "heading" || n.type === "mdxFlowExpression" || n.type === "definition";

// A case that still holds the template (case:new, the desk's new draft) is not finished: name each leftover at its line.
export function checkTemplateLeftovers(c: ParsedCase, add: Add): void {
  if (!c.tree) return;
  const at = (n: RootContent) => (n.position?.start.line ?? 1) + c.bodyStart - 1;
  const nodes = c.tree.children;
  nodes.forEach((n, i) => {
    if (n.type === "mdxFlowExpression" && NOTES.has(n.value.trim().replace(/^\/\*\s*|\s*\*\/$/g, ""))) add(at(n), "mdx", "templateComment");
    if (n.type !== "heading" || n.depth > 3 || !headingIdOf(n)) return;
    // A section runs to the next heading of its depth or above; a ## with ### sections under it is judged by them.
    const end = nodes.findIndex((m, j) => j > i && m.type === "heading" && m.depth <= n.depth);
    const own = nodes.slice(i + 1, end === -1 ? undefined : end);
    const firstSub = own.findIndex((m) => m.type === "heading");
    const before = firstSub === -1 ? own : own.slice(0, firstSub);
    if (firstSub === -1 && before.every(isFurniture)) add(at(n), "sections", "templateEmptySection", { id: `{#${headingIdOf(n)}}` });
  });
  const todo = /\bTODO\b/;
  const seen = new Set<number>();
  const visit = (n: RootContent) => {
    const value = n.type === "text" || n.type === "inlineCode" ? n.value : "";
    const m = todo.exec(value);
    const line = m ? at(n) + value.slice(0, m.index).split("\n").length - 1 : 0;
    if (m && !seen.has(line)) {
      seen.add(line);
      add(line, "mdx", "templateTodo");
    }
    if ("children" in n) for (const k of n.children as RootContent[]) visit(k);
  };
  nodes.forEach(visit);
}

import type { Heading, Root, Text } from "mdast";
import { visit } from "unist-util-visit";

const ID = /\s*\{#([a-z0-9-]+)\}\s*$/;

// `## 背景 {#background}` → <h2 id="background">背景</h2>, so both languages share anchors.
export function applyHeadingIds(tree: Root): void {
  visit(tree, "heading", (node: Heading) => {
    const last = node.children.at(-1);
    if (last?.type !== "text") return;
    const match = ID.exec((last as Text).value);
    if (!match) return;
    (last as Text).value = (last as Text).value.slice(0, match.index);
    const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
    node.data = { ...data, hProperties: { ...data.hProperties, id: match[1] } } as Heading["data"];
  });
}

export function headingIdOf(node: Heading): string | undefined {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === "string" ? id : undefined;
}

// MDX would read `{#id}` as a JavaScript expression; escaped braces reach applyHeadingIds as text.
export function escapeHeadingIds(mdx: string): string {
  return mdx.replace(/^(#{1,6}\s.*?)\{#([a-z0-9-]+)\}[ \t]*$/gm, "$1\\{#$2\\}");
}

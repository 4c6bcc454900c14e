import type { Root, RootContent } from "mdast";
import { literalAttributes } from "./outline";

// A <Figure> inside the text a reader sees: its attributes, its line, and where its rendered text sits in the block.
export type FigureSpan = { attrs: Record<string, string>; line: number; start: number; end: number; text: string };
// One paragraph, heading or table cell as the page shows it: figures rendered, citations and comments left out.
export type TextBlock = { text: string; figures: FigureSpan[] };

type Node = Root | RootContent;
const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

// Every block of visible text in a checked tree; `render` gives a figure's text as the page shows it ("" if unknown).
export function textBlocks(tree: Root, firstLine: number, render: (attrs: Record<string, string>) => string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lineOf = (n: Node) => (n.position?.start.line ?? 1) + firstLine - 1;
  const inline = (n: Node, b: TextBlock) => {
    if (n.type === "text" || n.type === "inlineCode") b.text += n.value;
    else if (n.type === "break") b.text += " ";
    else if ((n.type === "mdxJsxTextElement" || n.type === "mdxJsxFlowElement") && n.name === "Figure") {
      const attrs = literalAttributes(n);
      const text = render(attrs);
      b.figures.push({ attrs, line: lineOf(n), start: b.text.length, end: b.text.length + text.length, text });
      b.text += text;
    } else if ((n.type === "mdxJsxTextElement" || n.type === "mdxJsxFlowElement") && n.name === "Cite") return;
    else if ("children" in n) for (const k of n.children) inline(k, b);
  };
  const walk = (n: Node) => {
    if (BLOCKS.has(n.type) || ((n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && n.name === "Figure")) {
      const b: TextBlock = { text: "", figures: [] };
      inline(n, b);
      blocks.push(b);
    } else if ("children" in n) for (const k of n.children) walk(k);
  };
  walk(tree);
  return blocks;
}

// A sentence ends after 。！？, or after . ! ? followed by a space or the end of the block (so 6.82 is one number);
// closing quotes and brackets right after the mark stay with the sentence. Returns [start, end) of the sentence at `at`.
export function sentenceAround(text: string, at: number): [number, number] {
  const end = /[。！？]["'”’」』）)]*|[.!?]["'”’」』）)]*(?=\s|$)/g;
  let start = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop > at) return [start, stop];
    start = stop;
  }
  return [start, text.length];
}

// The sentence with every figure's own text blanked, so a figure's digits never count as a year the text wrote.
export function wordsOnly(block: TextBlock, [start, end]: [number, number]): string {
  let out = block.text;
  for (const f of block.figures) out = out.slice(0, f.start) + " ".repeat(f.end - f.start) + out.slice(f.end);
  return out.slice(start, end);
}

// A quotation of a sentence for a message: whole when short, else the words around the figure, marked with "…".
export function quote(text: string, [start, end]: [number, number], f: FigureSpan, room = 60): string {
  const from = Math.max(start, f.start - room);
  const to = Math.min(end, f.end + room);
  return `${from > start ? "…" : ""}${text.slice(from, to).trim()}${to < end ? "…" : ""}`;
}

import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx";
import { issueMessage, type IssueCode, type IssueParams } from "../problems/issues";

// The components a case may use, each with the props it takes; everything else in MDX is refused.
export const MDX_COMPONENTS: Record<string, readonly string[]> = {
  Figure: ["region", "indicator", "year", "basis", "source"],
  Term: ["id"],
  Cite: ["id"],
  Timeline: [],
};

export const MDX_PROBLEMS = ["syntax", "esm", "expression", "script", "html", "unknown-component", "unknown-prop", "event-handler", "no-value", "url", "unsupported"] as const;
export type MdxProblemCode = (typeof MDX_PROBLEMS)[number];
export type MdxProblem = { line: number; code: MdxProblemCode; name: string; issue: IssueCode; params: IssueParams; message: string };

// Each problem's text (messages/*.json `Issues`) and what fills it.
const ISSUES: Record<MdxProblemCode, [IssueCode, (name: string) => IssueParams]> = {
  syntax: ["mdxSyntax", (detail) => ({ detail })],
  esm: ["mdxEsm", () => ({})],
  expression: ["mdxExpression", (code) => ({ code })],
  script: ["mdxScript", () => ({})],
  html: ["mdxHtml", (name) => ({ name })],
  "unknown-component": ["mdxUnknownComponent", (name) => ({ name, components: Object.keys(MDX_COMPONENTS).join(", ") })],
  "unknown-prop": ["mdxUnknownProp", (name) => ({ name })],
  "event-handler": ["mdxEventHandler", (name) => ({ name })],
  "no-value": ["mdxNoValue", (name) => ({ name })],
  url: ["mdxUrl", (url) => ({ url })],
  unsupported: ["mdxUnsupported", (name) => ({ name })],
};

// The Markdown (CommonMark + GFM) a case page draws; any other node the parser makes is refused, not guessed at.
const DRAWN = new Set([
  "root", "paragraph", "heading", "thematicBreak", "blockquote", "list", "listItem", "table", "tableRow", "tableCell",
  "code", "inlineCode", "emphasis", "strong", "delete", "break", "text", "link", "image", "linkReference", "imageReference",
  "definition", "footnoteDefinition", "footnoteReference",
]);

type Add = (line: number | undefined, code: MdxProblemCode, name?: string, extra?: IssueParams) => void;

function adder(problems: MdxProblem[], firstLine: number): Add {
  return (line, code, name = "", extra = {}) => {
    const [listed, paramsOf] = ISSUES[code];
    const params = { ...paramsOf(name), ...extra };
    // A prop on a component that takes none (Timeline) says so rather than listing nothing.
    const issue = code === "unknown-prop" && params.component !== undefined ? "mdxNoProps" : listed;
    problems.push({ line: (line ?? 1) + firstLine - 1, code, name, issue, params, message: issueMessage(issue, params) });
  };
}

// Everything in a parsed body that is not Markdown or a site component with literal props (lines counted from firstLine).
export function mdxProblems(tree: Root, firstLine = 1): MdxProblem[] {
  const problems: MdxProblem[] = [];
  walk(tree, adder(problems, firstLine));
  return problems;
}

// A body the parser could not read, at the line it names.
export function syntaxProblem(e: unknown, firstLine = 1): MdxProblem {
  const problems: MdxProblem[] = [];
  const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
  adder(problems, firstLine)(err.line ?? err.place?.line ?? err.place?.start?.line, "syntax", (err.reason ?? err.message).split("\n")[0]!);
  return problems[0]!;
}

type AnyNode = RootContent | Root;

function walk(node: AnyNode, add: Add) {
  const line = node.position?.start.line;
  switch (node.type) {
    case "mdxjsEsm":
      add(line, "esm");
      return;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      // {/* a comment */} is the one expression allowed: it has no code in it.
      if (!isCommentOnly(node.data?.estree)) add(line, "expression", `{${node.value.trim().slice(0, 40)}}`);
      return;
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const name = node.name ?? "";
      if (name === "script") return add(line, "script");
      if (!name || /^[a-z]/.test(name)) return add(line, "html", name || "<>");
      const props = MDX_COMPONENTS[name];
      if (!props) return add(line, "unknown-component", name);
      for (const attr of node.attributes) checkAttribute(attr, name, props, line, add);
      break;
    }
    case "link":
    case "image":
    case "definition":
      if (!safeUrl(node.url)) add(line, "url", node.url);
      break;
    default:
      if (!DRAWN.has(node.type)) return add(line, "unsupported", node.type);
  }
  if ("children" in node) for (const child of node.children as RootContent[]) walk(child, add);
}

function checkAttribute(attr: MdxJsxAttribute | MdxJsxExpressionAttribute, component: string, props: readonly string[], line: number | undefined, add: Add) {
  const at = attr.position?.start.line ?? line;
  if (attr.type === "mdxJsxExpressionAttribute") return add(at, "expression", `{${attr.value}}`);
  if (/^on/i.test(attr.name)) return add(at, "event-handler", attr.name);
  if (!props.includes(attr.name)) return add(at, "unknown-prop", `${attr.name} (expected ${props.join(", ") || "none"})`, props.length ? { name: attr.name, expected: props.join(", ") } : { name: attr.name, component });
  if (attr.value === null || attr.value === undefined) return add(at, "no-value", attr.name);
  if (typeof attr.value !== "string" && !isNumberLiteral(attr.value.data?.estree)) add(at, "expression", `${attr.name}={${attr.value.value}}`);
}

type Program = { body: { type: string; expression?: { type: string; value?: unknown } }[] } | null | undefined;

function isCommentOnly(estree: unknown): boolean {
  return (estree as Program)?.body.length === 0;
}

// year={2019}: a plain number is data, not code.
function isNumberLiteral(estree: unknown): boolean {
  const body = (estree as Program)?.body;
  const e = body?.length === 1 && body[0]!.type === "ExpressionStatement" ? body[0]!.expression : undefined;
  return e?.type === "Literal" && typeof e.value === "number";
}

function safeUrl(url: string): boolean {
  // Browsers drop control characters, spaces and tabs/newlines anywhere in a scheme ("java\tscript:"), so read it as they do.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto";
}

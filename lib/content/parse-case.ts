import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { gfm } from "micromark-extension-gfm";
import { mdxjs } from "micromark-extension-mdxjs";
import { parseDocument } from "yaml";
import { issue, issueFromZod, type Issue } from "../problems/issues";
import { caseFrontmatter, type CaseFrontmatter } from "../schemas/case";
import { applyHeadingIds, escapeHeadingIds } from "./heading-ids";
import { outlineOf, type Outline } from "./outline";
import { mdxProblems, syntaxProblem, type MdxProblem } from "./safe-mdx";

// The one place case MDX is parsed. content:check, the desk (checks, preview, publishing) and the case page all
// take this result, so what is checked is the very tree that is drawn (tests/unit/one-parser.test.ts holds this).

export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export type ParsedBody = Outline & {
  // Undefined when the body does not parse; then `unsafe` holds the syntax problem.
  tree: Root | undefined;
  // What makes the body unsafe or impossible to draw: imports, expressions, raw HTML, unknown components (safe-mdx.ts).
  unsafe: MdxProblem[];
};

export type ParsedCase = ParsedBody & {
  file: string;
  text: string;
  slug: string;
  locale: string;
  fm: CaseFrontmatter | undefined;
  raw: Record<string, unknown>;
  // Problems with the frontmatter block itself: missing, bad YAML, or fields the schema refuses.
  fmIssues: Issue[];
  lineOf: (path: (string | number)[]) => number;
  body: string;
  bodyStart: number;
};

// MDX with GFM, and nothing else: one fixed set of syntax extensions, everywhere.
export function parseBody(body: string, firstLine = 1): ParsedBody {
  let tree: Root;
  try {
    tree = fromMarkdown(escapeHeadingIds(body), { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  } catch (e) {
    return { tree: undefined, unsafe: [syntaxProblem(e, firstLine)], headings: [], refs: [], links: [], words: "" };
  }
  applyHeadingIds(tree);
  return { tree, unsafe: mdxProblems(tree, firstLine), ...outlineOf(tree, firstLine) };
}

// The YAML block and the body after it; lines count from the top of the file.
export function splitFrontmatter(text: string): { yaml: string | undefined; body: string; bodyStart: number } {
  const m = FRONTMATTER.exec(text);
  return m ? { yaml: m[1]!, body: text.slice(m[0].length), bodyStart: m[0].split("\n").length } : { yaml: undefined, body: text, bodyStart: 1 };
}

// A case file, `content/cases/<slug>/<locale>.mdx`, parsed once: frontmatter against its schema, body as a checked tree.
export function parseCase(file: { path: string; text: string }): ParsedCase {
  const [, slug = "", name = ""] = /content\/cases\/([^/]+)\/([^/]+)$/.exec(file.path) ?? [];
  const locale = name.replace(/\.mdx$/, "");
  const { yaml, body, bodyStart } = splitFrontmatter(file.text);
  const doc = parseDocument(yaml ?? "");
  // The YAML starts on line 2, below the opening ---.
  const lineOf = (path: (string | number)[]) => 2 + lineAt(yaml ?? "", doc, path);
  const base = { file: file.path, text: file.text, slug, locale, lineOf, body, bodyStart, ...parseBody(body, bodyStart) };
  const fmIssues: Issue[] = [];
  if (yaml === undefined) {
    fmIssues.push(issue({ file: file.path, line: 1, field: "frontmatter" }, "missingFrontmatter"));
    return { ...base, fm: undefined, raw: {}, fmIssues };
  }
  if (doc.errors.length) {
    for (const e of doc.errors) fmIssues.push(issue({ file: file.path, line: 1 + (e.linePos?.[0]?.line ?? 1), field: "frontmatter" }, "invalidYaml", { detail: e.message.split("\n")[0]! }));
    return { ...base, fm: undefined, raw: {}, fmIssues };
  }
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const result = caseFrontmatter.safeParse(raw);
  if (result.success) return { ...base, fm: result.data, raw, fmIssues };
  for (const i of result.error.issues) {
    // A misspelt top-level key (say `source:`) is reported at that key, with the fields that exist.
    const unknownKey = i.code === "unrecognized_keys" && i.path.length === 0 ? i.keys[0] : undefined;
    const path = unknownKey ? [unknownKey] : (i.path as (string | number)[]);
    const missing = path.length === 1 && !(String(path[0]) in raw);
    const where = { file: file.path, line: lineOf(path), field: path.join(".") || undefined };
    fmIssues.push(
      unknownKey
        ? issue(where, "unknownField", { fields: Object.keys(caseFrontmatter.shape).join(", ") })
        : missing
          ? issue(where, "missingField", { field: String(path[0]) })
          : issueFromZod(where, i.message),
    );
  }
  return { ...base, fm: undefined, raw, fmIssues };
}

// 0-based line of a YAML node (falls back to its nearest existing parent).
export function lineAt(text: string, doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (offset !== undefined) {
      const keyLine = n > 0 ? keyLineBefore(text, offset, path[n - 1]) : undefined;
      return keyLine ?? text.slice(0, offset).split("\n").length - 1;
    }
  }
  return 0;
}

// For `key:\n  value` the key's own line is the useful one.
function keyLineBefore(text: string, offset: number, key: string | number | undefined): number | undefined {
  if (typeof key !== "string") return undefined;
  const lines = text.slice(0, offset).split("\n");
  for (let i = lines.length - 1; i >= 0; i--) if (new RegExp(`^\\s*${key.replace(/[-]/g, "\\-")}\\s*:`).test(lines[i]!)) return i;
  return undefined;
}

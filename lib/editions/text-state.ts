import { createHash } from "node:crypto";
import type { ElementContent, Root as HastRoot, RootContent } from "hast";
import { caseHast } from "../content/case-hast";
import { parseCase } from "../content/parse-case";
import type { Locale } from "../i18n/routing";

// A case text as a reader sees it: the frontmatter's values and the drawn tree (the hast the page renders), with
// positions dropped and runs of white space made one space. Two files that differ only in layout (line breaks,
// blank lines, list markers, quoting in the YAML, comments) have the same state and so make no new edition.

export type FigureRef = { region: string; indicator: string; year: string; basis?: string; source?: string };
export type SectionState = { id: string; title: string; hash: string };
export type TextState = {
  hash: string;
  // Each frontmatter field's normalised value, hashed; `updated` is left out (the edition's date replaces it).
  fields: Record<string, string>;
  title: string;
  summary: string;
  region: string | null;
  related: string[];
  sections: SectionState[];
  figures: FigureRef[];
};

// Fields that are bookkeeping, not what a reader sees.
const NOT_TEXT = new Set(["updated"]);

const hash = (v: unknown) => createHash("sha256").update(JSON.stringify(v)).digest("hex").slice(0, 20);
const spaces = (s: string) => s.replace(/\s+/g, " ");

// JSON with its object keys in one order, strings with their white space collapsed.
function canonical(v: unknown): unknown {
  if (typeof v === "string") return spaces(v).trim();
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

type Plain = string | { t: string; p: unknown; c: Plain[] };

// Block containers: white space between their children is layout, not text.
const BLOCKS = new Set(["root", "ul", "ol", "li", "table", "thead", "tbody", "tr", "blockquote", "section", "div"]);

function plain(node: RootContent | ElementContent | HastRoot, parent: string): Plain | undefined {
  if (node.type === "text") {
    const v = spaces(node.value);
    return BLOCKS.has(parent) && v.trim() === "" ? undefined : v;
  }
  if (node.type === "element") {
    const c = node.children.map((x) => plain(x, node.tagName)).filter((x): x is Plain => x !== undefined);
    return { t: node.tagName, p: canonical(node.properties), c };
  }
  if (node.type === "root")
    return { t: "root", p: {}, c: node.children.map((x) => plain(x, "root")).filter((x) => x !== undefined) };
  return undefined; // comments, doctype
}

const textOf = (p: Plain): string => (typeof p === "string" ? p : p.c.map(textOf).join(""));

// The `##` sections of a drawn body, each from its heading to the next; what comes before the first is section "".
function sectionsOf(root: HastRoot): SectionState[] {
  const out: { id: string; title: string; nodes: Plain[] }[] = [{ id: "", title: "", nodes: [] }];
  for (const node of root.children) {
    const p = plain(node, "root");
    if (p === undefined) continue;
    if (node.type === "element" && node.tagName === "h2") {
      const title = textOf(p).trim();
      out.push({ id: typeof node.properties.id === "string" ? node.properties.id : title, title, nodes: [p] });
    } else out.at(-1)!.nodes.push(p);
  }
  return out
    .filter((s) => s.id !== "" || s.nodes.length > 0)
    .map(({ id, title, nodes }) => ({ id, title, hash: hash(nodes) }));
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

// Any version of a case file, however old its frontmatter: the schema is not applied, only the YAML is read.
export function textState(slug: string, locale: Locale, text: string): TextState {
  const c = parseCase({ path: `content/cases/${slug}/${locale}.mdx`, text });
  const fields = Object.fromEntries(
    Object.entries(c.raw)
      .filter(([k]) => !NOT_TEXT.has(k))
      .map(([k, v]) => [k, hash(canonical(v))]),
  );
  // A body that no longer parses is compared as its words.
  const sections = c.tree
    ? sectionsOf(caseHast(c.tree, locale))
    : [{ id: "", title: "", hash: hash(spaces(c.body).trim()) }];
  const related = Array.isArray(c.raw.related_regions) ? c.raw.related_regions.map(String) : [];
  const figures = c.refs
    .filter((r) => r.name === "Figure")
    .map(({ attrs: { region = "", indicator = "", year = "", basis, source } }) => ({
      region,
      indicator,
      year,
      ...(basis ? { basis } : {}),
      ...(source ? { source } : {}),
    }));
  return {
    hash: hash([fields, sections.map((s) => s.hash)]),
    fields,
    title: str(c.raw.title),
    summary: str(c.raw.summary),
    region: typeof c.raw.region === "string" ? c.raw.region : null,
    related,
    sections,
    figures,
  };
}

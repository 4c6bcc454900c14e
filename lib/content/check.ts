import { parseDocument } from "yaml";
import type { Dataset } from "../dataset/load-dataset";
import type { Issue } from "../dataset/issues";
import { caseFrontmatter, type CaseFrontmatter } from "../schemas/case";
import { glossaryTerm } from "../schemas/glossary";
import { CASE_SECTIONS, THEMES } from "../themes";
import { compareLocales } from "./check-locales";
import { outline, type ComponentRef, type OutlineHeading } from "./outline";
import { checkSafeMdx, type MdxProblem } from "./safe-mdx";

export type TextFile = { path: string; text: string };
export type ContentInput = { caseDirs: string[]; cases: TextFile[]; glossary: TextFile[]; dataset: Dataset; sourcesFile: string };

const LOCALES = ["zh", "en"] as const;

export type ParsedCase = {
  file: string;
  slug: string;
  locale: string;
  fm: CaseFrontmatter | undefined;
  raw: Record<string, unknown>;
  lineOf: (path: (string | number)[]) => number;
  headings: OutlineHeading[];
  refs: ComponentRef[];
  links: { href: string; line: number }[];
  // What makes the MDX unsafe to compile: imports, expressions, raw HTML, unknown components (see safe-mdx.ts).
  unsafe: MdxProblem[];
};

// Every check an editor's change must pass; returns all problems, never stops at the first.
export function checkContent(input: ContentInput): Issue[] {
  const issues: Issue[] = [];
  const d = input.dataset;
  const regions = new Map(d.regions.map((r) => [r.row.slug, r.row]));
  const indicators = new Set(d.indicators.map((r) => r.row.key));
  const sources = new Set(d.sources.map((r) => r.row.id));
  const terms = new Set(input.glossary.map((g) => g.path.replace(/^.*\/|\.yaml$/g, "")));
  const parsed = input.cases.map((f) => parseCase(f, issues));
  const slugs = new Set(input.caseDirs);
  const misshapen = new Set<string>();

  for (const dir of input.caseDirs)
    for (const locale of LOCALES)
      if (!parsed.some((c) => c.slug === dir && c.locale === locale)) {
        // Point at the file the editor has open: the other locale, when it exists.
        const other = parsed.find((c) => c.slug === dir && c.locale !== locale);
        issues.push({ file: other?.file ?? `content/cases/${dir}`, line: other ? 1 : undefined, field: "locales", message: `${locale}.mdx is missing: every case needs both zh.mdx and en.mdx` });
      }

  const known: Known = { regions, indicators, sources, terms, dataset: d };
  for (const c of parsed) {
    const add = (line: number, field: string | undefined, message: string) => issues.push({ file: c.file, line, field, message });
    if (!(LOCALES as readonly string[]).includes(c.locale)) add(1, "file", `the file name must be zh.mdx or en.mdx`);
    if (c.fm) {
      const fm = c.fm;
      const region = regions.get(fm.region);
      if (!region) add(c.lineOf(["region"]), "region", `unknown region "${fm.region}" (not in content/data/regions.csv)`);
      else if (region.level !== fm.level) add(c.lineOf(["level"]), "level", `region "${fm.region}" is a ${region.level}, not a ${fm.level}`);
      if (!regions.has(fm.province)) add(c.lineOf(["province"]), "province", `unknown region "${fm.province}"`);
      else if (regions.get(fm.province)!.level !== "province") add(c.lineOf(["province"]), "province", `"${fm.province}" is not a province`);
      fm.related_regions.forEach((r, i) => {
        if (!regions.has(r)) add(c.lineOf(["related_regions", i]), "related_regions", `unknown region "${r}"`);
      });
      fm.sources.forEach((s, i) => {
        if (!sources.has(s)) add(c.lineOf(["sources", i]), "sources", `unknown source "${s}" (not in content/data/sources.csv)`);
      });
      for (const [name, fact] of Object.entries(fm.facts ?? {}))
        if (fact && !fm.sources.includes(fact.source))
          add(c.lineOf(["facts", name, "source"]), `facts.${name}.source`, `source "${fact.source}" is not in this case's sources list`);
    }
    for (const p of c.unsafe) add(p.line, "mdx", p.message);
    if (c.fm) checkPlaceholders(c, add);
    if (!checkSections(c, add)) misshapen.add(c.file);
    for (const ref of c.refs) checkRef(c, ref, add, known);
    for (const link of c.links) {
      const problem = brokenLink(link.href, c, slugs, terms);
      if (problem) add(link.line, "link", `broken link "${link.href}": ${problem}`);
    }
  }

  for (const slug of slugs) {
    const zh = parsed.find((c) => c.slug === slug && c.locale === "zh");
    const en = parsed.find((c) => c.slug === slug && c.locale === "en");
    if (zh && en) compareLocales(zh, en, issues, misshapen.has(zh.file) || misshapen.has(en.file), known);
  }

  for (const g of input.glossary) {
    const doc = parseDocument(g.text);
    const result = glossaryTerm.safeParse(doc.toJS());
    if (!result.success)
      for (const i of result.error.issues) issues.push({ file: g.path, line: 1 + lineAt(g.text, doc, i.path as (string | number)[]), field: i.path.join("."), message: i.message });
    else
      result.data.related.forEach((r, i) => {
        if (!terms.has(r)) issues.push({ file: g.path, line: 1 + lineAt(g.text, doc, ["related", i]), field: "related", message: `unknown term "${r}"` });
      });
  }

  // A source nothing cites is either a typo elsewhere or dead weight in the list.
  const cited = new Set<string>([
    ...d.observations.map((o) => o.row.source),
    ...d.events.map((e) => e.row.source),
    ...parsed.flatMap((c) => [...(c.fm?.sources ?? []), ...c.refs.filter((r) => r.name === "Cite").map((r) => r.attrs.id ?? "")]),
  ]);
  for (const { line, row } of d.sources)
    if (!cited.has(row.id)) issues.push({ file: input.sourcesFile, line, field: "id", message: `source "${row.id}" is not cited by any observation, event or case` });

  return issues;
}

function parseCase(f: TextFile, issues: Issue[]): ParsedCase {
  const [, slug = "", name = ""] = /content\/cases\/([^/]+)\/([^/]+)$/.exec(f.path) ?? [];
  const locale = name.replace(/\.mdx$/, "");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(f.text);
  const yamlText = m?.[1] ?? "";
  const doc = parseDocument(yamlText);
  // The YAML starts on line 2, below the opening ---.
  const lineOf = (path: (string | number)[]) => 2 + lineAt(yamlText, doc, path);
  const bodyStart = m ? m[0].split("\n").length : 1;
  const body = m ? f.text.slice(m[0].length) : f.text;
  const { headings, refs } = outline(body, bodyStart);
  const links = [...body.split("\n").entries()].flatMap(([i, line]) =>
    [...line.matchAll(/\]\((\/[^)\s]*|#[^)\s]*)\)|href="(\/[^"]*|#[^"]*)"/g)].map((x) => ({ href: (x[1] ?? x[2])!, line: bodyStart + i })),
  );
  const unsafe = checkSafeMdx(body, bodyStart).problems;
  const base = { file: f.path, slug, locale, lineOf, headings, refs, links, unsafe };
  if (!m) {
    issues.push({ file: f.path, line: 1, field: "frontmatter", message: "missing: the file must start with a --- block" });
    return { ...base, fm: undefined, raw: {} };
  }
  if (doc.errors.length) {
    for (const e of doc.errors) issues.push({ file: f.path, line: 1 + (e.linePos?.[0]?.line ?? 1), field: "frontmatter", message: `not valid YAML: ${e.message.split("\n")[0]}` });
    return { ...base, fm: undefined, raw: {} };
  }
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const result = caseFrontmatter.safeParse(raw);
  if (!result.success) {
    for (const i of result.error.issues) {
      // A misspelt top-level key (say `source:`) is reported at that key, with the fields that exist.
      const unknownKey = i.code === "unrecognized_keys" && i.path.length === 0 ? i.keys[0] : undefined;
      const path = unknownKey ? [unknownKey] : (i.path as (string | number)[]);
      const missing = path.length === 1 && !(String(path[0]) in raw);
      const message = unknownKey
        ? `unknown field; the frontmatter fields are ${Object.keys(caseFrontmatter.shape).join(", ")}`
        : missing
          ? `missing: every case needs ${String(path[0])}: in its frontmatter (see docs/case-format.md)`
          : i.message;
      issues.push({ file: f.path, line: lineOf(path), field: path.join(".") || undefined, message });
    }
    return { ...base, fm: undefined, raw };
  }
  return { ...base, fm: result.data, raw };
}

// 0-based line of a YAML node (falls back to its nearest existing parent).
function lineAt(text: string, doc: ReturnType<typeof parseDocument>, path: (string | number)[]): number {
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

type Add = (line: number, field: string | undefined, message: string) => void;

// Returns false when the file's own outline is wrong, so the locale comparison need not repeat it.
function checkSections(c: ParsedCase, add: Add): boolean {
  const h2 = c.headings.filter((h) => h.depth === 2).map((h) => h.id);
  const expected = [...CASE_SECTIONS];
  let ok = true;
  if (h2.join() !== expected.join()) {
    ok = false;
    const h2s = c.headings.filter((h) => h.depth === 2);
    const at = h2s.find((h, i) => h.id !== expected[i]) ?? h2s.at(-1);
    add(at?.line ?? 1, "sections", `expected the ## sections ${expected.map((s) => `{#${s}}`).join(", ")} in this order; found ${h2.map((s) => `{#${s}}`).join(", ") || "none"}`);
  }
  const themes = Object.keys(c.fm?.themes ?? {});
  const measures = c.headings.findIndex((h) => h.depth === 2 && h.id === "measures");
  const next = c.headings.findIndex((h, i) => i > measures && h.depth === 2);
  const sub = measures === -1 ? [] : c.headings.slice(measures + 1, next === -1 ? undefined : next).filter((h) => h.depth === 3);
  const ordered = THEMES.filter((t) => themes.includes(t));
  if (c.fm && sub.map((h) => h.id).join() !== ordered.join()) {
    ok = false;
    add(sub[0]?.line ?? c.headings[measures]?.line ?? 1, "measures", `expected one ### sub-section per frontmatter theme, in the fixed order: ${ordered.map((t) => `{#${t}}`).join(", ")}; found ${sub.map((h) => `{#${h.id}}`).join(", ") || "none"}`);
  }
  return ok;
}

// `npm run case:new` writes "TODO…" into the frontmatter; it must not reach the site.
function checkPlaceholders(c: ParsedCase, add: Add) {
  const fm = c.fm!;
  const fields: [(string | number)[], string][] = [
    [["title"], fm.title],
    [["summary"], fm.summary],
    ...Object.entries(fm.themes).map(([k, v]): [(string | number)[], string] => [["themes", k], v ?? ""]),
  ];
  for (const [path, value] of fields)
    if (/^TODO\b/.test(value)) add(c.lineOf(path), path.join("."), `still the placeholder from npm run case:new; replace it`);
}

export type Known = { regions: Map<string, unknown>; indicators: Set<string>; sources: Set<string>; terms: Set<string>; dataset: Dataset };

function checkRef(c: ParsedCase, ref: ComponentRef, add: Add, k: Known) {
  const a = ref.attrs;
  if (ref.name === "Term" && !k.terms.has(a.id ?? "")) add(ref.line, "Term", `unknown term "${a.id ?? ""}" (no content/glossary/${a.id ?? "…"}.yaml)`);
  if (ref.name === "Cite") {
    if (!k.sources.has(a.id ?? "")) add(ref.line, "Cite", `unknown source "${a.id ?? ""}"`);
    else if (c.fm && !c.fm.sources.includes(a.id!)) add(ref.line, "Cite", `source "${a.id}" is cited but not in the frontmatter's sources`);
  }
  if (ref.name !== "Figure") return;
  const { region = "", indicator = "", year = "", basis } = a;
  if (!k.regions.has(region)) return add(ref.line, "Figure", `unknown region "${region}"`);
  if (!k.indicators.has(indicator)) return add(ref.line, "Figure", `unknown indicator "${indicator}"`);
  if (!/^\d{4}$/.test(year)) return add(ref.line, "Figure", `expected year={YYYY}, got "${year}"`);
  const matches = k.dataset.observations.filter((o) => o.row.region === region && o.row.indicator === indicator && o.row.year === Number(year) && (!basis || o.row.basis === basis));
  if (matches.length === 0) return add(ref.line, "Figure", `no observation for ${region} / ${indicator} / ${year}${basis ? ` / ${basis}` : ""} in content/data/observations.csv`);
  // Two rows on the same basis are a duplicate, which readDataset reports at its line in observations.csv.
  if (new Set(matches.map((m) => m.row.basis)).size < matches.length) return;
  if (matches.length > 1) return add(ref.line, "Figure", `${matches.length} observations on different bases (${matches.map((m) => m.row.basis).join(", ")}): add basis="…"`);
  const source = matches[0]!.row.source;
  if (c.fm && !c.fm.sources.includes(source)) add(ref.line, "Figure", `its source "${source}" is not in the frontmatter's sources`);
}

const STATIC_ROUTES = new Set(["", "/cases", "/glossary", "/about", "/about/editing", "/compare", "/indicators", "/search", "/data"]);

function brokenLink(href: string, c: ParsedCase, slugs: Set<string>, terms: Set<string>): string | undefined {
  const [path = "", hash] = href.split("#");
  if (path === "") {
    const ids = new Set([...c.headings.map((h) => h.id), "key-facts", "incidence-chart", "sources"]);
    return hash && !ids.has(hash) ? `no heading {#${hash}} on this page` : undefined;
  }
  const m = /^\/(zh|en)(\/.*)?$/.exec(path.replace(/\/$/, ""));
  if (!m) return "internal links start with /zh/ or /en/";
  const rest = m[2] ?? "";
  const caseMatch = /^\/cases\/([^/]+)$/.exec(rest);
  if (caseMatch) return slugs.has(caseMatch[1]!) ? undefined : `no case "${caseMatch[1]}"`;
  if (rest === "/glossary" && hash && !terms.has(hash)) return `no glossary term "${hash}"`;
  return STATIC_ROUTES.has(rest) ? undefined : "no such page";
}

import { parseDocument } from "yaml";
import type { Dataset } from "../dataset/load-dataset";
import { issue, issueFromZod, type Issue, type IssueCode, type IssueParams } from "../dataset/issues";
import { caseFrontmatter, type CaseFrontmatter } from "../schemas/case";
import { glossaryTerm } from "../schemas/glossary";
import { CASE_SECTIONS, THEMES } from "../themes";
import { isReservedSlug } from "../editor/case-new";
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
        issues.push(issue({ file: other?.file ?? `content/cases/${dir}`, line: other ? 1 : undefined, field: "locales" }, "missingLocale", { locale }));
      }

  for (const dir of input.caseDirs)
    if (isReservedSlug(dir)) issues.push(issue({ file: parsed.find((c) => c.slug === dir)?.file ?? `content/cases/${dir}`, line: 1, field: "slug" }, "reservedSlug", { slug: dir }));

  const known: Known = { regions, indicators, sources, terms, dataset: d };
  for (const c of parsed) {
    const add: Add = (line, field, code, params) => issues.push(issue({ file: c.file, line, field }, code, params));
    if (!(LOCALES as readonly string[]).includes(c.locale)) add(1, "file", "fileName");
    if (c.fm) {
      const fm = c.fm;
      const region = regions.get(fm.region);
      if (!region) add(c.lineOf(["region"]), "region", "unknownRegionCsv", { id: fm.region });
      else if (region.level !== fm.level) add(c.lineOf(["level"]), "level", "levelMismatch", { id: fm.region, actual: region.level, level: fm.level });
      if (!regions.has(fm.province)) add(c.lineOf(["province"]), "province", "unknownRegion", { id: fm.province });
      else if (regions.get(fm.province)!.level !== "province") add(c.lineOf(["province"]), "province", "notProvince", { id: fm.province });
      fm.related_regions.forEach((r, i) => {
        if (!regions.has(r)) add(c.lineOf(["related_regions", i]), "related_regions", "unknownRegion", { id: r });
      });
      fm.sources.forEach((s, i) => {
        if (!sources.has(s)) add(c.lineOf(["sources", i]), "sources", "unknownSourceCsv", { id: s });
      });
      for (const [name, fact] of Object.entries(fm.facts ?? {}))
        if (fact && !fm.sources.includes(fact.source))
          add(c.lineOf(["facts", name, "source"]), `facts.${name}.source`, "factSourceNotListed", { id: fact.source });
    }
    for (const p of c.unsafe) add(p.line, "mdx", p.issue, p.params);
    if (c.fm) checkPlaceholders(c, add);
    if (!checkSections(c, add)) misshapen.add(c.file);
    for (const ref of c.refs) checkRef(c, ref, add, known);
    for (const link of c.links) {
      const problem = brokenLink(link.href, c, slugs, terms);
      if (problem) add(link.line, "link", problem.code, { href: link.href, ...problem.params });
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
      for (const i of result.error.issues) issues.push(issueFromZod({ file: g.path, line: 1 + lineAt(g.text, doc, i.path as (string | number)[]), field: i.path.join(".") }, i.message));
    else
      result.data.related.forEach((r, i) => {
        if (!terms.has(r)) issues.push(issue({ file: g.path, line: 1 + lineAt(g.text, doc, ["related", i]), field: "related" }, "unknownTerm", { id: r }));
      });
  }

  // A source nothing cites is either a typo elsewhere or dead weight in the list.
  const cited = new Set<string>([
    ...d.observations.map((o) => o.row.source),
    ...d.events.map((e) => e.row.source),
    ...parsed.flatMap((c) => [...(c.fm?.sources ?? []), ...c.refs.filter((r) => r.name === "Cite").map((r) => r.attrs.id ?? "")]),
  ]);
  for (const { line, row } of d.sources)
    if (!cited.has(row.id)) issues.push(issue({ file: input.sourcesFile, line, field: "id" }, "uncited", { id: row.id }));

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
    issues.push(issue({ file: f.path, line: 1, field: "frontmatter" }, "missingFrontmatter"));
    return { ...base, fm: undefined, raw: {} };
  }
  if (doc.errors.length) {
    for (const e of doc.errors) issues.push(issue({ file: f.path, line: 1 + (e.linePos?.[0]?.line ?? 1), field: "frontmatter" }, "invalidYaml", { detail: e.message.split("\n")[0]! }));
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
      const where = { file: f.path, line: lineOf(path), field: path.join(".") || undefined };
      issues.push(
        unknownKey
          ? issue(where, "unknownField", { fields: Object.keys(caseFrontmatter.shape).join(", ") })
          : missing
            ? issue(where, "missingField", { field: String(path[0]) })
            : issueFromZod(where, i.message),
      );
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

type Add = (line: number, field: string | undefined, code: IssueCode, params?: IssueParams) => void;

// Returns false when the file's own outline is wrong, so the locale comparison need not repeat it.
function checkSections(c: ParsedCase, add: Add): boolean {
  const h2 = c.headings.filter((h) => h.depth === 2).map((h) => h.id);
  const expected = [...CASE_SECTIONS];
  let ok = true;
  if (h2.join() !== expected.join()) {
    ok = false;
    const h2s = c.headings.filter((h) => h.depth === 2);
    const at = h2s.find((h, i) => h.id !== expected[i]) ?? h2s.at(-1);
    add(at?.line ?? 1, "sections", h2.length ? "sectionsOrder" : "sectionsNone", { expected: expected.map((s) => `{#${s}}`).join(", "), found: h2.map((s) => `{#${s}}`).join(", ") });
  }
  const themes = Object.keys(c.fm?.themes ?? {});
  const measures = c.headings.findIndex((h) => h.depth === 2 && h.id === "measures");
  const next = c.headings.findIndex((h, i) => i > measures && h.depth === 2);
  const sub = measures === -1 ? [] : c.headings.slice(measures + 1, next === -1 ? undefined : next).filter((h) => h.depth === 3);
  const ordered = THEMES.filter((t) => themes.includes(t));
  if (c.fm && sub.map((h) => h.id).join() !== ordered.join()) {
    ok = false;
    add(sub[0]?.line ?? c.headings[measures]?.line ?? 1, "measures", sub.length ? "measuresOrder" : "measuresNone", { expected: ordered.map((t) => `{#${t}}`).join(", "), found: sub.map((h) => `{#${h.id}}`).join(", ") });
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
    if (/^TODO\b/.test(value)) add(c.lineOf(path), path.join("."), "placeholder");
}

export type Known = { regions: Map<string, unknown>; indicators: Set<string>; sources: Set<string>; terms: Set<string>; dataset: Dataset };

function checkRef(c: ParsedCase, ref: ComponentRef, add: Add, k: Known) {
  const a = ref.attrs;
  if (ref.name === "Term" && !k.terms.has(a.id ?? "")) add(ref.line, "Term", "unknownTermFile", { id: a.id ?? "" });
  if (ref.name === "Cite") {
    if (!k.sources.has(a.id ?? "")) add(ref.line, "Cite", "unknownSource", { id: a.id ?? "" });
    else if (c.fm && !c.fm.sources.includes(a.id!)) add(ref.line, "Cite", "citeNotListed", { id: a.id! });
  }
  if (ref.name !== "Figure") return;
  const { region = "", indicator = "", year = "", basis } = a;
  if (!k.regions.has(region)) return add(ref.line, "Figure", "unknownRegion", { id: region });
  if (!k.indicators.has(indicator)) return add(ref.line, "Figure", "unknownIndicator", { id: indicator });
  if (!/^\d{4}$/.test(year)) return add(ref.line, "Figure", "figureYear", { year });
  const matches = k.dataset.observations.filter((o) => o.row.region === region && o.row.indicator === indicator && o.row.year === Number(year) && (!basis || o.row.basis === basis));
  if (matches.length === 0) return add(ref.line, "Figure", "noObservation", { what: `${region} / ${indicator} / ${year}${basis ? ` / ${basis}` : ""}` });
  // Two rows on the same basis are a duplicate, which readDataset reports at its line in observations.csv.
  if (new Set(matches.map((m) => m.row.basis)).size < matches.length) return;
  if (matches.length > 1) return add(ref.line, "Figure", "figureBases", { count: matches.length, bases: matches.map((m) => m.row.basis).join(", ") });
  const source = matches[0]!.row.source;
  if (c.fm && !c.fm.sources.includes(source)) add(ref.line, "Figure", "figureSourceNotListed", { id: source });
}

const STATIC_ROUTES = new Set(["", "/cases", "/glossary", "/about", "/about/editing", "/compare", "/indicators", "/search", "/data"]);

type LinkProblem = { code: IssueCode; params?: IssueParams } | undefined;

function brokenLink(href: string, c: ParsedCase, slugs: Set<string>, terms: Set<string>): LinkProblem {
  const [path = "", hash] = href.split("#");
  if (path === "") {
    const ids = new Set([...c.headings.map((h) => h.id), "key-facts", "incidence-chart", "sources"]);
    return hash && !ids.has(hash) ? { code: "linkNoHeading", params: { hash } } : undefined;
  }
  const m = /^\/(zh|en)(\/.*)?$/.exec(path.replace(/\/$/, ""));
  if (!m) return { code: "linkPrefix" };
  const rest = m[2] ?? "";
  const caseMatch = /^\/cases\/([^/]+)$/.exec(rest);
  if (caseMatch) return slugs.has(caseMatch[1]!) ? undefined : { code: "linkNoCase", params: { slug: caseMatch[1]! } };
  if (rest === "/glossary" && hash && !terms.has(hash)) return { code: "linkNoTerm", params: { id: hash } };
  return STATIC_ROUTES.has(rest) ? undefined : { code: "linkNoPage" };
}

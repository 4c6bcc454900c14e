import { parseDocument } from "yaml";
import { disagreementOf } from "../data/ledger";
import { fromRow } from "../dataset/domain";
import type { Dataset } from "../dataset/load-dataset";
import { issue, issueFromZod, type Issue, type IssueCode, type IssueParams } from "../problems/issues";
import type { ObservationRow } from "../schemas/data";
import { glossaryTerm } from "../schemas/glossary";
import { LOCALES } from "../i18n/routing";
import { CASE_SECTIONS, THEMES } from "../themes";
import { isReservedSlug } from "../schemas/slug";
import { compareLocales } from "./check-locales";
import type { Add, Known } from "./check-types";
import type { ComponentRef } from "./outline";
import { lineAt, parseCase, type ParsedCase } from "./parse-case";
import { checkTemplateLeftovers } from "./template-check";
import { checkFigureProse } from "./check-prose";

export type { ParsedCase } from "./parse-case";
export type TextFile = { path: string; text: string };
export type ContentInput = { caseDirs: string[]; cases: TextFile[]; glossary: TextFile[]; dataset: Dataset; sourcesFile: string };

// Every check an editor's change must pass; returns all problems, never stops at the first.
export function checkContent(input: ContentInput): Issue[] {
  const terms = termsOf(input.glossary);
  const parsed = input.cases.map((f) => parseCase(f));
  const k = knownOf(input.dataset, terms, new Set(input.caseDirs));
  const issues = input.caseDirs.flatMap((dir) => checkCase(dir, parsed.filter((c) => c.slug === dir), k));
  // A file outside any case folder (none today) still gets its own checks.
  const dirs = new Set(input.caseDirs);
  for (const c of parsed.filter((c) => !dirs.has(c.slug))) issues.push(...checkCase(c.slug, [c], k, false));
  issues.push(...checkGlossary(input.glossary, terms));
  const cited = new Set(parsed.flatMap(citationsOf));
  issues.push(...checkUncited(input.dataset, (id) => cited.has(id), input.sourcesFile));
  return issues;
}

export const termsOf = (glossary: TextFile[]) => new Set(glossary.map((g) => g.path.replace(/^.*\/|\.yaml$/g, "")));

// What a case is checked against: the data's ids, the glossary's terms, the case folders; built once, shared by every case.
export function knownOf(d: Pick<Dataset, "regions" | "indicators" | "sources" | "observations" | "disagreements">, terms: Set<string>, slugs: Set<string>): Known {
  const byFigure = new Map<string, ObservationRow[]>();
  for (const { row } of d.observations) {
    const key = `${row.region}/${row.indicator}/${row.year}`;
    byFigure.set(key, [...(byFigure.get(key) ?? []), row]);
  }
  const disagreements = d.disagreements.map(({ row }) => fromRow.disagreements(row));
  return {
    regions: new Map(d.regions.map((r) => [r.row.slug, r.row])),
    indicators: new Map(d.indicators.map((r) => [r.row.key, r.row.unit])),
    sources: new Set(d.sources.map((r) => r.row.id)),
    terms,
    slugs,
    observationsAt: (region, indicator, year) => byFigure.get(`${region}/${indicator}/${year}`) ?? [],
    disagreementAt: (o) => disagreementOf(disagreements, o),
  };
}

// One case folder's checks: both files on their own, then against each other. `folder` false: a file with no folder.
export function checkCase(dir: string, parsed: ParsedCase[], k: Known, folder = true): Issue[] {
  const issues: Issue[] = parsed.flatMap((c) => c.fmIssues);
  const misshapen = new Set<string>();
  if (folder)
    for (const locale of LOCALES)
      if (!parsed.some((c) => c.locale === locale)) {
        // Point at the file the editor has open: the other locale, when it exists.
        const other = parsed.find((c) => c.locale !== locale);
        issues.push(issue({ file: other?.file ?? `content/cases/${dir}`, line: other ? 1 : undefined, field: "locales" }, "missingLocale", { locale }));
      }
  if (folder && isReservedSlug(dir)) issues.push(issue({ file: parsed[0]?.file ?? `content/cases/${dir}`, line: 1, field: "slug" }, "reservedSlug", { slug: dir }));

  const regions = k.regions;
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
        if (!k.sources.has(s)) add(c.lineOf(["sources", i]), "sources", "unknownSourceCsv", { id: s });
      });
      for (const [name, fact] of Object.entries(fm.facts ?? {}))
        if (fact && !fm.sources.includes(fact.source))
          add(c.lineOf(["facts", name, "source"]), `facts.${name}.source`, "factSourceNotListed", { id: fact.source });
    }
    for (const p of c.unsafe) add(p.line, "mdx", p.issue, p.params);
    if (c.fm) checkPlaceholders(c, add);
    checkTemplateLeftovers(c, add);
    // A body that does not parse has only its syntax problem: no outline to judge, nothing to compare.
    if (!c.tree || !checkSections(c, add)) misshapen.add(c.file);
    for (const ref of c.refs) checkRef(c, ref, add, k);
    checkFigureProse(c, k, add);
    for (const link of c.links) {
      const problem = brokenLink(link.href, c, k.slugs, k.terms);
      if (problem) add(link.line, "link", problem.code, { href: link.href, ...problem.params });
    }
  }

  const zh = parsed.find((c) => c.locale === "zh");
  const en = parsed.find((c) => c.locale === "en");
  if (folder && zh && en) compareLocales(zh, en, issues, misshapen.has(zh.file) || misshapen.has(en.file), k);
  return issues;
}

export function checkGlossary(glossary: TextFile[], terms: Set<string>): Issue[] {
  const issues: Issue[] = [];
  for (const g of glossary) {
    const doc = parseDocument(g.text);
    const result = glossaryTerm.safeParse(doc.toJS());
    if (!result.success)
      for (const i of result.error.issues) issues.push(issueFromZod({ file: g.path, line: 1 + lineAt(g.text, doc, i.path as (string | number)[]), field: i.path.join(".") }, i.message));
    else
      result.data.related.forEach((r, i) => {
        if (!terms.has(r)) issues.push(issue({ file: g.path, line: 1 + lineAt(g.text, doc, ["related", i]), field: "related" }, "unknownTerm", { id: r }));
      });
  }
  return issues;
}

// The sources a case file cites: its frontmatter's list and its <Cite>s.
export const citationsOf = (c: ParsedCase): string[] => [...(c.fm?.sources ?? []), ...c.refs.filter((r) => r.name === "Cite").map((r) => r.attrs.id ?? "")];

// A source nothing cites is either a typo elsewhere or dead weight in the list. `citedByCases`: cited by some case file.
export function checkUncited(d: Pick<Dataset, "sources" | "observations" | "events">, citedByCases: (id: string) => boolean, sourcesFile: string): Issue[] {
  const cited = new Set<string>([...d.observations.map((o) => o.row.source), ...d.events.map((e) => e.row.source)]);
  return d.sources.filter(({ row }) => !cited.has(row.id) && !citedByCases(row.id)).map(({ line, row }) => issue({ file: sourcesFile, line, field: "id" }, "uncited", { id: row.id }));
}

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

function checkRef(c: ParsedCase, ref: ComponentRef, add: Add, k: Known) {
  const a = ref.attrs;
  if (ref.name === "Term" && !k.terms.has(a.id ?? "")) add(ref.line, "Term", "unknownTermFile", { id: a.id ?? "" });
  if (ref.name === "Cite") {
    if (!k.sources.has(a.id ?? "")) add(ref.line, "Cite", "unknownSource", { id: a.id ?? "" });
    else if (c.fm && !c.fm.sources.includes(a.id!)) add(ref.line, "Cite", "citeNotListed", { id: a.id! });
  }
  if (ref.name !== "Figure") return;
  const { region = "", indicator = "", year = "", basis, source } = a;
  if (!k.regions.has(region)) return add(ref.line, "Figure", "unknownRegion", { id: region });
  if (!k.indicators.has(indicator)) return add(ref.line, "Figure", "unknownIndicator", { id: indicator });
  if (!/^\d{4}$/.test(year)) return add(ref.line, "Figure", "figureYear", { year });
  const all = k.observationsAt(region, indicator, Number(year)).filter((o) => !basis || o.basis === basis);
  const matches = all.filter((o) => !source || o.source === source);
  if (matches.length === 0) return add(ref.line, "Figure", "noObservation", { what: [region, indicator, year, basis, source].filter(Boolean).join(" / ") });
  const bases = [...new Set(matches.map((m) => m.basis))];
  if (bases.length > 1) return add(ref.line, "Figure", "figureBases", { count: bases.length, bases: bases.join(", ") });
  // Two rows of one source are a duplicate, two sources with no disagreements.csv row are unnoted: readDataset reports both.
  const d = k.disagreementAt({ region, indicator, basis: bases[0]!, year: Number(year) });
  const shown = source ? matches[0] : d ? matches.find((m) => m.source === d.preferredSource) : matches.length === 1 ? matches[0] : undefined;
  // A preferred source that gives none of the row's values is reported in disagreements.csv, not at every figure.
  const preferredGivesSome = (x: NonNullable<typeof d>) => x.years.some((y) => k.observationsAt(region, indicator, y).some((o) => o.basis === x.basis && o.source === x.preferredSource));
  if (!shown && d && preferredGivesSome(d)) return add(ref.line, "Figure", "figureNeedsSource", { id: d.preferredSource, year, sources: matches.map((m) => m.source).join(", ") });
  if (shown && c.fm && !c.fm.sources.includes(shown.source)) add(ref.line, "Figure", "figureSourceNotListed", { id: shown.source });
}

const STATIC_ROUTES = new Set(["", "/cases", "/glossary", "/about", "/about/editing", "/compare", "/indicators", "/search", "/data", "/data/disagreements"]);

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

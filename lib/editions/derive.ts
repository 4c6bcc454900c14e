import { LOCALES, type Locale } from "../i18n/routing";
import { caseFigures, dataHash, figureKey, figureRows, ledgerRows, unitsOf, type FigureRow } from "./data-state";
import type { History } from "./git-history";
import { textState, type TextState } from "./text-state";
import type { DataEdition, Edition, EditionChanges, EditionFigures, FigureChange, SectionChange } from "./types";

// History → editions. A case has a new edition at each commit of the branch's first-parent line after which its text
// (either language, as drawn) or its figures differ from its previous edition; the data has a new edition at each
// commit after which the published data differ. Pure: the tests feed it a scratch repository's history.

// A value for each of the site's languages.
export const byLocale = <T>(f: (locale: Locale) => T) =>
  Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
const CASE_FILE = /^content\/cases\/([^/]+)\/(zh|en)\.mdx$/;
const DATA_FILE = /^content\/data\/([^/]+)\.csv$/;
export const OBSERVATIONS = "content/data/observations.csv";
const LEDGER = "content/data/disagreements.csv";
const INDICATORS = "content/data/indicators.csv";

// What a case is, for comparing two moments: its texts' states and its figures.
export type CaseState = { texts: Record<Locale, TextState>; figures: Record<string, FigureRow> };

export type CaseHistory = { editions: Edition[]; figures: EditionFigures[]; last: CaseState };
export type Derived = {
  head: string | null;
  cases: Record<string, CaseHistory>;
  data: { editions: DataEdition[]; last: Record<string, string> };
  // Every content file's blob at HEAD, to tell whether the working copy differs.
  files: Record<string, string>;
};

// Frontmatter fields in the order the page shows them; others follow alphabetically.
export const FIELD_ORDER = [
  "title",
  "summary",
  "region",
  "level",
  "province",
  "period",
  "related_regions",
  "themes",
  "facts",
  "sources",
] as const;
const byFieldOrder = (a: string, b: string) =>
  ((FIELD_ORDER as readonly string[]).indexOf(a) + 1 || 99) -
    ((FIELD_ORDER as readonly string[]).indexOf(b) + 1 || 99) || a.localeCompare(b);

// A case's state from its two texts' states and the observation rows of the same moment.
export function caseState(texts: Record<Locale, TextState>, rows: FigureRow[]): CaseState {
  const t = texts;
  const regions = new Set([t.zh.region, t.en.region, ...t.zh.related, ...t.en.related].filter((r): r is string => !!r));
  const figures = Object.fromEntries(
    caseFigures(rows, regions, [...t.zh.figures, ...t.en.figures]).map((r) => [figureKey(r), r]),
  );
  return { texts: t, figures };
}

// Text states by "<locale>:<blob>": a blob's state never changes, so builds keep them (store.ts) and parse each text
// version once, ever.
export type TextMemo = Map<string, TextState>;

// What changed from one state to the next; undefined when a reader would see no difference.
export function changesBetween(prev: CaseState | undefined, cur: CaseState): EditionChanges | undefined {
  if (!prev) return { first: true, fields: [], sections: [], figures: [] };
  const fields = new Set<string>();
  const sections = new Map<string, SectionChange>();
  for (const locale of LOCALES) {
    const [a, b] = [prev.texts[locale], cur.texts[locale]];
    for (const k of new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]))
      if (a.fields[k] !== b.fields[k]) fields.add(k);
    const before = new Map(a.sections.map((s) => [s.id, s]));
    const after = new Map(b.sections.map((s) => [s.id, s]));
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      if (before.get(id)?.hash === after.get(id)?.hash) continue;
      const c = sections.get(id) ?? { id, title: {}, locales: [] };
      c.locales.push(locale);
      sections.set(id, c);
    }
  }
  // Each changed section is named in both languages, even where only one language's text changed.
  for (const c of sections.values())
    for (const locale of LOCALES) {
      const s = [cur, prev].map((x) => x.texts[locale].sections.find((y) => y.id === c.id)).find((y) => y);
      if (s) c.title[locale] = s.title;
    }
  const figures: FigureChange[] = [];
  for (const key of new Set([...Object.keys(prev.figures), ...Object.keys(cur.figures)])) {
    const [a, b] = [prev.figures[key], cur.figures[key]];
    if (a?.value === b?.value) continue;
    const { region, indicator, year, basis, source } = (b ?? a)!;
    figures.push({ region, indicator, year, basis, source, old: a?.value ?? null, new: b?.value ?? null });
  }
  figures.sort(
    (x, y) =>
      x.region.localeCompare(y.region) ||
      x.indicator.localeCompare(y.indicator) ||
      x.year - y.year ||
      x.basis.localeCompare(y.basis) ||
      x.source.localeCompare(y.source),
  );
  if (!fields.size && !sections.size && !figures.length) return undefined;
  // Sections in the order of the current text.
  const order = [...cur.texts.en.sections, ...cur.texts.zh.sections].map((s) => s.id);
  const pos = (id: string) => order.indexOf(id) + 1 || 999;
  return {
    first: false,
    fields: [...fields].sort(byFieldOrder),
    sections: [...sections.values()].sort((x, y) => pos(x.id) - pos(y.id)),
    figures,
  };
}

// Per data file, the hash of its published records.
export function dataHashes(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files)
      .map(([name, text]) => [name, dataHash({ [name]: text })] as const)
      .filter((e): e is [string, string] => e[1] !== undefined),
  );
}

export function changedDataFiles(prev: Record<string, string>, cur: Record<string, string>): string[] {
  return [...new Set([...Object.keys(prev), ...Object.keys(cur)])].filter((n) => prev[n] !== cur[n]).sort();
}

export function editionFigures(state: CaseState, ledgerText: string, indicatorsText: string): EditionFigures {
  const rows = Object.values(state.figures);
  const ledger = ledgerRows(ledgerText).filter((d) =>
    rows.some((r) => r.region === d.region && r.indicator === d.indicator && r.basis === d.basis),
  );
  const all = unitsOf(indicatorsText);
  const units = Object.fromEntries([...new Set(rows.map((r) => r.indicator))].map((k) => [k, all[k] ?? ""]));
  return { rows, ledger, units };
}

export function deriveEditions(history: History, blob: (id: string) => string, memo: TextMemo = new Map()): Derived {
  const files = new Map<string, string>();
  const stateOf = (slug: string, locale: Locale, id: string) => {
    const key = `${locale}:${id}`;
    const s = memo.get(key) ?? textState(slug, locale, blob(id));
    memo.set(key, s);
    return s;
  };
  const rowsOf = new Map<string, FigureRow[]>();
  const hashOf = new Map<string, string | undefined>();
  const observationRows = () => {
    const id = files.get(OBSERVATIONS);
    if (!id) return [];
    if (!rowsOf.has(id)) rowsOf.set(id, figureRows(blob(id)));
    return rowsOf.get(id)!;
  };
  const cases: Record<string, CaseHistory> = {};
  const data: Derived["data"] = { editions: [], last: {} };

  for (const { commit, time, changes } of history.commits) {
    for (const c of changes) {
      if (!CASE_FILE.test(c.path) && !DATA_FILE.test(c.path)) continue;
      if (c.blob) files.set(c.path, c.blob);
      else files.delete(c.path);
    }
    const date = time.slice(0, 10);
    const touched = new Set(changes.map((c) => CASE_FILE.exec(c.path)?.[1]).filter((s): s is string => !!s));
    if (changes.some((c) => DATA_FILE.test(c.path))) {
      const current = Object.fromEntries(
        [...files]
          .filter(([p]) => DATA_FILE.test(p))
          .map(([p, id]) => {
            const name = DATA_FILE.exec(p)![1]!;
            if (!hashOf.has(`${name}:${id}`)) hashOf.set(`${name}:${id}`, dataHash({ [name]: blob(id) }));
            return [name, hashOf.get(`${name}:${id}`)];
          })
          .filter(([, h]) => h !== undefined),
      ) as Record<string, string>;
      const changed = changedDataFiles(data.last, current);
      if (changed.length) data.editions.push({ number: data.editions.length + 1, commit, time, date, files: changed });
      data.last = current;
    }
    const slugs = changes.some((c) => c.path === OBSERVATIONS)
      ? new Set([...files.keys()].map((p) => CASE_FILE.exec(p)?.[1]).filter((s): s is string => !!s))
      : touched;
    for (const slug of [...slugs].sort()) {
      const found = byLocale((l) => files.get(`content/cases/${slug}/${l}.mdx`));
      if (LOCALES.some((l) => !found[l])) continue; // a case is a case once every language exists
      const ids = found as Record<Locale, string>;
      const state = caseState(
        byLocale((l) => stateOf(slug, l, ids[l])),
        observationRows(),
      );
      const prior = cases[slug];
      const changed = changesBetween(prior?.last, state);
      if (!changed) continue;
      const entry = prior ?? (cases[slug] = { editions: [], figures: [], last: state });
      entry.editions.push({
        slug,
        number: entry.editions.length + 1,
        commit,
        time,
        date,
        title: byLocale((l) => state.texts[l].title),
        changes: changed,
        texts: ids,
      });
      const text = (p: string) => (files.get(p) ? blob(files.get(p)!) : "");
      entry.figures.push(editionFigures(state, text(LEDGER), text(INDICATORS)));
      entry.last = state;
    }
  }
  return { head: history.head, cases, data, files: Object.fromEntries(files) };
}

import "server-only";
import fs from "node:fs";
import path from "node:path";
import { citationsOf, knownOf, termsOf } from "../content/check";
import type { Known } from "../content/check-types";
import { parseCase } from "../content/parse-case";
import type { Issue } from "../problems/issues";
import { checkReferences, parseDataset, type Dataset, type Declared } from "../dataset/load-dataset";
import type { DataFileName } from "../schemas/data";

// What a draft is checked against: the published content/, read once per process and again only when it changes.
export type ContentIndex = {
  repo: string;
  dataset: Dataset;
  declared: Declared;
  // The data files' own row problems, and with the cross-file ones as content:check reports them (a draft with no rows).
  parseIssues: Issue[];
  dataIssues: Issue[];
  // Each data file's text, for the diff and the files publishing writes.
  texts: Partial<Record<DataFileName, string>>;
  caseDirs: Set<string>;
  terms: Set<string>;
  known: Known;
  // Which sources each published case cites, and by how many cases each source is cited.
  cites: Map<string, Set<string>>;
  citedBy: Map<string, number>;
};

export const dataFile = (name: DataFileName) => `content/data/${name}.csv`;
const DATA = ["regions", "indicators", "bases", "sources", "observations", "events"] as const;
const cache = new Map<
  string,
  { quick: string; cases: string; checkedAt: number; index: ContentIndex; files: Map<string, FileCites> }
>();
type FileCites = { stamp: string; cites: string[] };

const stamp = (full: string) => {
  try {
    const s = fs.statSync(full);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return "-";
  }
};
const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

// Checked on every request: the data files' stamps, the glossary's and the case folders' listing (a case added or
// removed). Each case folder's own stamp (a file written in it: publishing and git rename files into place) costs a
// stat per case, slow on a busy machine at a thousand cases, so it is read again at most every CASE_STAMPS_MS; this
// process's own publications forget the index at once (forgetContentIndex).
const CASE_STAMPS_MS = 2000;

function quickSignature(repo: string): string {
  const content = path.join(repo, "content");
  return [
    ...DATA.map((n) => stamp(path.join(content, "data", `${n}.csv`))),
    stamp(path.join(content, "glossary")),
    stamp(path.join(content, "cases")),
  ].join("|");
}

function caseStamps(repo: string): string {
  const cases = path.join(repo, "content", "cases");
  return list(cases)
    .map((c) => `${c}=${stamp(path.join(cases, c))}`)
    .join("|");
}

// The index for this checkout, rebuilt when content/ has changed since it was built.
export function contentIndex(repo: string): ContentIndex {
  const quick = quickSignature(repo);
  const hit = cache.get(repo);
  const now = Date.now();
  if (hit && hit.quick === quick) {
    if (now - hit.checkedAt < CASE_STAMPS_MS) return hit.index;
    const cases = caseStamps(repo);
    if (cases === hit.cases) {
      hit.checkedAt = now;
      return hit.index;
    }
  }
  const files = hit?.files ?? new Map<string, FileCites>();
  const cases = caseStamps(repo);
  const index = buildIndex(repo, files);
  cache.set(repo, { quick, cases, checkedAt: now, index, files });
  return index;
}

// After this process wrote into content/: the next request builds the index again (only changed files are parsed).
export function forgetContentIndex(repo: string): void {
  const hit = cache.get(repo);
  if (hit) hit.quick = "";
}

function buildIndex(repo: string, files: Map<string, FileCites>): ContentIndex {
  const content = path.join(repo, "content");
  const casesDir = path.join(content, "cases");
  const caseDirs = list(casesDir).filter((d) => fs.statSync(path.join(casesDir, d)).isDirectory());
  const terms = termsOf(
    list(path.join(content, "glossary"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => ({ path: `content/glossary/${f}`, text: "" })),
  );
  const { dataset, issues, declared } = parseDataset(path.join(content, "data"), repo);
  const texts: ContentIndex["texts"] = {};
  for (const n of DATA) {
    const full = path.join(content, "data", `${n}.csv`);
    if (fs.existsSync(full)) texts[n] = fs.readFileSync(full, "utf8");
  }
  // Only the citations of the other cases matter to a draft; a file is parsed again only when its stamp changed.
  const cites = new Map<string, Set<string>>();
  const citedBy = new Map<string, number>();
  const seen = new Set<string>();
  for (const dir of caseDirs) {
    const ids = new Set<string>();
    for (const f of list(path.join(casesDir, dir)).filter((f) => f.endsWith(".mdx") || f.endsWith(".md"))) {
      const rel = `content/cases/${dir}/${f}`;
      const full = path.join(repo, rel);
      const s = stamp(full);
      let entry = files.get(rel);
      if (!entry || entry.stamp !== s)
        files.set(
          rel,
          (entry = { stamp: s, cites: citationsOf(parseCase({ path: rel, text: fs.readFileSync(full, "utf8") })) }),
        );
      seen.add(rel);
      for (const id of entry.cites) ids.add(id);
    }
    cites.set(dir, ids);
    for (const id of ids) citedBy.set(id, (citedBy.get(id) ?? 0) + 1);
  }
  for (const rel of [...files.keys()]) if (!seen.has(rel)) files.delete(rel);
  const dataIssues = [...issues, ...checkReferences(dataset, dataFile, declared)];
  return {
    repo,
    dataset,
    declared,
    parseIssues: issues,
    dataIssues,
    texts,
    caseDirs: new Set(caseDirs),
    terms,
    known: knownOf(dataset, terms, new Set(caseDirs)),
    cites,
    citedBy,
  };
}

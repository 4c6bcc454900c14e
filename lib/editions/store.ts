import fs from "node:fs";
import path from "node:path";
import { LOCALES } from "../i18n/routing";
import {
  byLocale,
  caseState,
  changedDataFiles,
  changesBetween,
  dataHashes,
  deriveEditions,
  OBSERVATIONS,
  type Derived,
  type TextMemo,
} from "./derive";
import { figureRows } from "./data-state";
import { textState, type TextState } from "./text-state";
import { blobId, readBlobs, readHistory, repositoryHead } from "./git-history";
import type { DataEdition, Edition } from "./types";

// The editions of one build: derived from git once (one `git log`, one `git cat-file --batch`) and kept in
// .next/cache/editions keyed by the HEAD commit, with the texts the edition pages draw; then the working copy is
// compared with HEAD, so uncommitted content builds too and says so (an unpublished edition, no page of its own).

const FORMAT = 1; // raise when the derivation changes, so old cache files are not read
export const WITHOUT_HISTORY = "EDITIONS_WITHOUT_HISTORY";

export type Editions = Derived & {
  // "no-history": built with EDITIONS_WITHOUT_HISTORY=1; every case's editions are unknown.
  status: "history" | "no-history";
  unpublished: { cases: Record<string, Edition>; data: DataEdition | null };
};

export const cacheDir = (root: string) => path.join(/* turbopackIgnore: true */ root, ".next", "cache", "editions");
const textFile = (root: string, blob: string) => path.join(cacheDir(root), "texts", `${blob}.mdx`);

function writeAtomic(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

const CASE = /^content\/cases\/[^/]+\/(zh|en)\.mdx$/;
const DATA = /^content\/data\/[^/]+\.csv$/;
const EMPTY: Derived = { head: null, cases: {}, data: { editions: [], last: {} }, files: {} };

// The history's editions, from the cache when this HEAD was derived before.
export function derivedEditions(root: string): Derived {
  if (process.env[WITHOUT_HISTORY] === "1") return EMPTY;
  const head = repositoryHead(root);
  const file = path.join(cacheDir(root), `v${FORMAT}-${head ?? "empty"}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Derived;
  } catch {}
  const h = readHistory(root, undefined, head);
  // Text versions parsed by an earlier build are not read again; every version of the data is.
  const statesFile = path.join(cacheDir(root), `states-v${FORMAT}.json`);
  let memo: TextMemo;
  try {
    memo = new Map(Object.entries(JSON.parse(fs.readFileSync(statesFile, "utf8")) as Record<string, TextState>));
  } catch {
    memo = new Map();
  }
  const wanted = h.commits.flatMap((c) =>
    c.changes
      .filter(
        (x) => x.blob && (DATA.test(x.path) || (CASE.test(x.path) && !memo.has(`${CASE.exec(x.path)![1]}:${x.blob}`))),
      )
      .map((x) => x.blob!),
  );
  const blobs = readBlobs(root, wanted);
  const blob = (id: string) => blobs.get(id) ?? readBlobs(root, [id]).get(id)!;
  const derived = deriveEditions(h, blob, memo);
  // The texts the edition pages draw, one file per blob (shared by editions and by builds).
  const texts = Object.values(derived.cases).flatMap((c) => c.editions.flatMap((e) => Object.values(e.texts ?? {})));
  const missing = [...new Set(texts)].filter((id) => !fs.existsSync(textFile(root, id)));
  const more = readBlobs(
    root,
    missing.filter((id) => !blobs.has(id)),
  );
  for (const id of missing) writeAtomic(textFile(root, id), blobs.get(id) ?? more.get(id)!);
  writeAtomic(statesFile, JSON.stringify(Object.fromEntries(memo)));
  writeAtomic(file, JSON.stringify(derived));
  // One derived file is kept: the HEAD's.
  for (const f of fs.readdirSync(cacheDir(root)))
    if (/^v\d+-\w+\.json$/.test(f) && f !== path.basename(file))
      fs.rmSync(path.join(cacheDir(root), f), { force: true });
  return derived;
}

// An edition's text in one language, as its blob held it.
export function editionText(root: string, blob: string): string {
  try {
    return fs.readFileSync(textFile(root, blob), "utf8");
  } catch {
    const text = readBlobs(root, [blob]).get(blob)!;
    writeAtomic(textFile(root, blob), text);
    return text;
  }
}

const read = (root: string, p: string) => fs.readFileSync(path.join(/* turbopackIgnore: true */ root, p));

// The slugs of content/cases/<slug>/ that have both languages in the working copy.
export function workingSlugs(root: string): string[] {
  const dir = path.join(/* turbopackIgnore: true */ root, "content", "cases");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && LOCALES.every((l) => fs.existsSync(path.join(dir, e.name, `${l}.mdx`))))
    .map((e) => e.name)
    .sort();
}

// The working copy against HEAD: a case or the data that differ (as a reader would see it) get an unpublished
// edition, dated `today`. Files equal to HEAD's bytes are not parsed at all.
export function unpublishedChanges(root: string, derived: Derived, today: string): Editions["unpublished"] {
  const time = `${today}T00:00:00Z`;
  const same = (p: string, bytes: Buffer) => derived.files[p] === blobId(bytes, derived.files[p]?.length);
  const dataDir = path.join(/* turbopackIgnore: true */ root, "content", "data");
  const dataNames = fs.readdirSync(dataDir).filter((f) => f.endsWith(".csv"));
  const obs = fs.existsSync(path.join(/* turbopackIgnore: true */ root, OBSERVATIONS))
    ? read(root, OBSERVATIONS)
    : Buffer.from("");
  const obsSame = same(OBSERVATIONS, obs);
  let rows: ReturnType<typeof figureRows> | undefined;
  const cases: Record<string, Edition> = {};
  for (const slug of workingSlugs(root)) {
    const prior = derived.cases[slug];
    const base = { slug, commit: null, time, date: today, texts: null };
    if (!prior) {
      cases[slug] = {
        ...base,
        number: 1,
        title: byLocale(() => ""),
        changes: { first: true, fields: [], sections: [], figures: [] },
      };
      continue;
    }
    const files = byLocale((l) => read(root, `content/cases/${slug}/${l}.mdx`));
    if (obsSame && LOCALES.every((l) => same(`content/cases/${slug}/${l}.mdx`, files[l]))) continue;
    rows ??= figureRows(obs.toString("utf8"));
    const state = caseState(
      byLocale((l) => textState(slug, l, files[l].toString("utf8"))),
      rows,
    );
    const changes = changesBetween(prior.last, state);
    if (changes)
      cases[slug] = {
        ...base,
        number: prior.editions.length + 1,
        title: byLocale((l) => state.texts[l].title),
        changes,
      };
  }
  let data: DataEdition | null = null;
  const working = Object.fromEntries(dataNames.map((f) => [f, read(root, `content/data/${f}`)]));
  if (Object.entries(working).some(([f, b]) => !same(`content/data/${f}`, b))) {
    const hashes = dataHashes(
      Object.fromEntries(Object.entries(working).map(([f, b]) => [f.replace(/\.csv$/, ""), b.toString("utf8")])),
    );
    const files = changedDataFiles(derived.data.last, hashes);
    if (files.length) data = { number: derived.data.editions.length + 1, commit: null, time, date: today, files };
  }
  return { cases, data };
}

export function loadEditions(root: string, today = new Date().toISOString().slice(0, 10)): Editions {
  const derived = derivedEditions(root);
  const status = process.env[WITHOUT_HISTORY] === "1" ? "no-history" : "history";
  return { ...derived, status, unpublished: unpublishedChanges(root, derived, today) };
}

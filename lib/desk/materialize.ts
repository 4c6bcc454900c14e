import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCsv } from "../dataset/parse-csv";
import type { Issue } from "../problems/issues";
import { toCsv } from "../format/csv";
import { planImport } from "../editor/import";
import { regionsCsvWith } from "../editor/regions-csv";
import { eventRow, observationRow, regionRow, sourceRow } from "../schemas/data";
import type { DraftData, DraftKind } from "../schemas/desk";

// kind "data": the rows only, no MDX (slug is the region the change is about).
export type DraftInput = { kind?: DraftKind; slug: string; zh: string; en: string; data: DraftData };
export type FileChange = { path: string; before: string | null; after: string };
export type Materialized = { root: string; files: FileChange[]; dataIssues: Issue[]; cleanup: () => void };

const SOURCE_COLUMNS = Object.keys(sourceRow.shape);
const EVENT_COLUMNS = Object.keys(eventRow.shape);
const OBSERVATION_COLUMNS = Object.keys(observationRow.shape);
const REGION_COLUMNS = Object.keys(regionRow.shape);

// The repository's content/ with this draft laid over it, in a temporary folder: what publishing would write.
// Prefer withMaterialized: the caller of materialize must call cleanup(); a failure in here cleans up by itself.
export function materialize(repo: string, d: DraftInput): Materialized {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "desk-draft-"));
  const cleanup = () => fs.rmSync(root, { recursive: true, force: true });
  try {
    return layDraft(repo, root, d, cleanup);
  } catch (e) {
    cleanup();
    throw e;
  }
}

// Runs fn on the materialized draft and always removes the temporary folder, whatever fn does.
export function withMaterialized<T>(repo: string, d: DraftInput, fn: (m: Materialized) => T): T {
  const m = materialize(repo, d);
  try {
    return fn(m);
  } finally {
    m.cleanup();
  }
}

function layDraft(repo: string, root: string, d: DraftInput, cleanup: () => void): Materialized {
  fs.cpSync(path.join(repo, "content"), path.join(root, "content"), { recursive: true });
  const dataDir = path.join(root, "content/data");
  const read = (rel: string) => (fs.existsSync(path.join(root, rel)) ? fs.readFileSync(path.join(root, rel), "utf8") : null);
  const before = new Map<string, string | null>();
  const write = (rel: string, text: string) => {
    if (!before.has(rel)) before.set(rel, read(rel));
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const dataIssues: Issue[] = [];

  if (d.data.region) write("content/data/regions.csv", regionsCsvWith(read("content/data/regions.csv") ?? "", d.data.region as never));
  if (d.data.region) {
    // regionsCsvWith takes a parsed row; re-check the raw one so a bad cell is reported, not written.
    const r = parseCsv("region", toCsv([d.data.region], REGION_COLUMNS), regionRow);
    dataIssues.push(...r.issues);
  }
  if (d.data.sources.length) write("content/data/sources.csv", appendRows(read("content/data/sources.csv") ?? "", d.data.sources, SOURCE_COLUMNS));
  // Figures before events: planImport reads the whole data folder, so a bad pending event written first
  // would be reported again as the figures' problem, and hide the figures' own.
  if (d.data.observations.length) {
    const batch = toCsv(d.data.observations, OBSERVATION_COLUMNS);
    const plan = planImport("observations (this draft)", batch, dataDir, root);
    if (plan.issues.length) dataIssues.push(...plan.issues);
    else write("content/data/observations.csv", plan.text);
  }
  if (d.data.events.length) write("content/data/events.csv", insertEvents(read("content/data/events.csv") ?? "", d.data.events));
  if (d.kind !== "data") {
    write(`content/cases/${d.slug}/zh.mdx`, d.zh);
    write(`content/cases/${d.slug}/en.mdx`, d.en);
  }

  const files = [...before.entries()]
    .map(([p, b]) => ({ path: p, before: b === null ? null : fs.existsSync(path.join(repo, p)) ? fs.readFileSync(path.join(repo, p), "utf8") : null, after: read(p)! }))
    .filter((f) => f.before !== f.after);
  return { root, files, dataIssues, cleanup };
}

function appendRows(text: string, rows: Record<string, string>[], columns: string[]): string {
  const lines = toCsv(rows, columns).split("\n").slice(1).join("\n");
  return (text === "" || text.endsWith("\n") ? text : `${text}\n`) + lines;
}

// Each new event goes after the last event of its region with an earlier or equal date, so each region stays in date order.
function insertEvents(text: string, events: Record<string, string>[]): string {
  const lines = text.replace(/\n$/, "").split("\n");
  const parsed = parseCsv("events", text, eventRow);
  // A label with a line break would span lines; then keep it simple and append.
  if (parsed.rows.length !== lines.length - 1) return appendRows(text, events, EVENT_COLUMNS);
  const rows = parsed.rows.map((r) => ({ region: r.row.region, date: r.row.date, line: lines[r.line - 1]! }));
  for (const e of [...events].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""))) {
    const line = toCsv([e], EVENT_COLUMNS).split("\n")[1]!;
    const same = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.region === e.region);
    const after = same.filter(({ r }) => r.date <= (e.date ?? "")).at(-1);
    const at = after ? after.i + 1 : same.length ? same[0]!.i : rows.length;
    rows.splice(at, 0, { region: e.region ?? "", date: e.date ?? "", line });
  }
  return [lines[0], ...rows.map((r) => r.line)].join("\n") + "\n";
}

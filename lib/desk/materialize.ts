import "server-only";
import fs from "node:fs";
import path from "node:path";
import { type Issue } from "../problems/issues";
import { checkReferences, KEY_COLUMN, type Dataset, type Declared } from "../dataset/load-dataset";
import { validateRows, type Located } from "../dataset/parse-csv";
import { toCsv } from "../format/csv";
import { planRows, sortObservations } from "../editor/import";
import { regionsCsvWith } from "../editor/regions-csv";
import { eventRow, observationRow, regionRow, sourceRow, type DataFileName, type EventRow } from "../schemas/data";
import type { DraftData, DraftKind } from "../schemas/desk";
import { dataFile, type ContentIndex } from "./content-index";

// kind "data": the rows only, no MDX (slug is the region the change is about).
export type DraftInput = { kind?: DraftKind; slug: string; zh: string; en: string; data: DraftData };
export type FileChange = { path: string; before: string | null; after: string };
// dataset: the published data with the draft's rows in it, each row at the line publishing would write it to.
export type LaidDraft = { files: FileChange[]; dataIssues: Issue[]; dataset: Dataset; hasRows: boolean };

const SOURCE_COLUMNS = Object.keys(sourceRow.shape);
const EVENT_COLUMNS = Object.keys(eventRow.shape);
const OBSERVATIONS_BATCH = "observations (this draft)";

// The draft laid over the published content in memory: the files publishing would write (with their text before)
// and the problems of the draft's rows. Rows are checked as rows (the CSV schemas), never written out and read back;
// nothing is copied and only the draft's own case files are read.
export function layDraft(ix: ContentIndex, d: DraftInput): LaidDraft {
  // Each row in its file's columns, a missing cell empty: exactly what the CSV would hold.
  const cells = (rows: Record<string, string>[], schema: { shape: object }) =>
    rows.map((r) => Object.fromEntries(Object.keys(schema.shape).map((c) => [c, r[c] ?? ""])));
  const [region] = d.data.region ? cells([d.data.region], regionRow) : [null];
  const sources = cells(d.data.sources, sourceRow);
  const observations = cells(d.data.observations, observationRow);
  const events = cells(d.data.events, eventRow);
  const hasRows = !!region || sources.length + observations.length + events.length > 0;
  const files: FileChange[] = [];
  const change = (p: string, before: string | null, after: string) =>
    before !== after && files.push({ path: p, before, after });
  if (!hasRows) {
    if (d.kind !== "data") caseFiles(ix.repo, d, change);
    return { files, dataIssues: ix.dataIssues, dataset: ix.dataset, hasRows };
  }
  const dataset: Dataset = { ...ix.dataset };
  const declared: Declared = { ...ix.declared };
  const issues: Issue[] = [...ix.parseIssues];
  const text = (n: DataFileName) => ix.texts[n] ?? "";
  // Rows appended to a file: checked at the lines they will have, counted as their keys for references (as parseCsv does).
  const append = <N extends "regions" | "sources">(
    name: N,
    raws: Record<string, string>[],
    schema: typeof regionRow | typeof sourceRow,
  ) => {
    const first = lineCount(text(name)) + 1;
    const v = validateRows(
      dataFile(name),
      raws.map((row, i) => ({ line: first + i, row })),
      schema,
    );
    issues.push(...v.issues);
    dataset[name] = [...ix.dataset[name], ...v.rows] as Dataset[N];
    declared[name] = new Set([...ix.declared[name], ...raws.map((r) => r[KEY_COLUMN[name]] ?? "")]);
  };
  if (region) {
    append("regions", [region], regionRow);
    change(dataFile("regions"), ix.texts.regions ?? null, regionsCsvWith(text("regions"), region as never));
  }
  if (sources.length) {
    append("sources", sources, sourceRow);
    change(dataFile("sources"), ix.texts.sources ?? null, appendRows(text("sources"), sources, SOURCE_COLUMNS));
  }
  // Figures as data:import takes a batch (a changed value replaces the published row), against the data with the
  // draft's region and sources in it; a figure refused is reported on its own and not laid in.
  if (observations.length) {
    const batch = validateRows(
      OBSERVATIONS_BATCH,
      observations.map((row, i) => ({ line: i + 2, row })),
      observationRow,
    );
    const plan = planRows(OBSERVATIONS_BATCH, batch, dataset, dataFile as (n: string) => string);
    if (plan.issues.length) issues.push(...plan.issues);
    else {
      const byKey = new Map(ix.dataset.observations.map(({ row }) => [obsKey(row), row]));
      for (const { row } of batch.rows) byKey.set(obsKey(row), row);
      dataset.observations = sortObservations([...byKey.values()], dataset).map((row, i) => ({ line: i + 2, row }));
      change(dataFile("observations"), ix.texts.observations ?? null, plan.text);
    }
  }
  if (events.length) {
    const placed = placeEvents(text("events"), ix.dataset.events, events);
    const v = validateRows(dataFile("events"), placed.added, eventRow);
    issues.push(...v.issues);
    dataset.events = [...placed.kept, ...v.rows].sort((a, b) => a.line - b.line);
    change(dataFile("events"), ix.texts.events ?? null, placed.text);
  }
  issues.push(...checkReferences(dataset, dataFile, declared));
  if (d.kind !== "data") caseFiles(ix.repo, d, change);
  return { files, dataIssues: issues, dataset, hasRows };
}

const obsKey = (r: { region: string; indicator: string; year: number; basis: string; source: string }) =>
  `${r.region}/${r.indicator}/${r.year}/${r.basis}/${r.source}`;

function caseFiles(repo: string, d: DraftInput, change: (p: string, before: string | null, after: string) => unknown) {
  for (const l of ["zh", "en"] as const) {
    const rel = `content/cases/${d.slug}/${l}.mdx`;
    const full = path.join(repo, rel);
    change(rel, fs.existsSync(full) ? fs.readFileSync(full, "utf8") : null, d[l]);
  }
}

// The number of lines a CSV text has, so an appended row's line is known without reading it back.
function lineCount(text: string): number {
  return text === "" ? 0 : text.replace(/\n$/, "").split("\n").length;
}

function appendRows(text: string, rows: Record<string, string>[], columns: string[]): string {
  const lines = toCsv(rows, columns).split("\n").slice(1).join("\n");
  return (text === "" || text.endsWith("\n") ? text : `${text}\n`) + lines;
}

type Slot = { region: string; date: string; text: string; base?: Located<EventRow>; raw?: Record<string, string> };

// Each new event goes after the last event of its region with an earlier or equal date, so each region stays in date order.
// Returns the new events.csv, the published rows at their new lines and the new rows (unchecked) at theirs.
function placeEvents(text: string, base: Located<EventRow>[], events: Record<string, string>[]) {
  const lines = text.replace(/\n$/, "").split("\n");
  const slots: Slot[] = base.map((r) => ({
    region: r.row.region,
    date: r.row.date,
    text: lines[r.line - 1]!,
    base: r,
  }));
  const line = (e: Record<string, string>) => toCsv([e], EVENT_COLUMNS).split("\n")[1]!;
  // A label with a line break (or a row the schema refused) and lines no longer match rows; then keep it simple and append.
  const simple = base.length === lines.length - 1 && base.every((r, i) => r.line === i + 2);
  if (!simple) {
    const first = lineCount(text) + 1;
    return {
      text: appendRows(text, events, EVENT_COLUMNS),
      kept: base,
      added: events.map((row, i) => ({ line: first + i, row })),
    };
  }
  for (const e of [...events].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""))) {
    const same = slots.map((r, i) => ({ r, i })).filter(({ r }) => r.region === e.region);
    const after = same.filter(({ r }) => r.date <= (e.date ?? "")).at(-1);
    const at = after ? after.i + 1 : same.length ? same[0]!.i : slots.length;
    slots.splice(at, 0, { region: e.region ?? "", date: e.date ?? "", text: line(e), raw: e });
  }
  return {
    text: [lines[0], ...slots.map((r) => r.text)].join("\n") + "\n",
    kept: slots.flatMap((s, i) => (s.base ? [{ line: i + 2, row: s.base.row }] : [])),
    added: slots.flatMap((s, i) => (s.raw ? [{ line: i + 2, row: s.raw }] : [])),
  };
}

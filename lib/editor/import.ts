import fs from "node:fs";
import path from "node:path";
import { toCsv } from "../format/csv";
import { ContentError, issue, type Issue } from "../problems/issues";
import { checkReferences, readDataset, type Dataset } from "../dataset/load-dataset";
import { parseCsv, type Located } from "../dataset/parse-csv";
import { writeDatabase } from "../dataset/write-db";
import { observationRow, type ObservationRow } from "../schemas/data";
import { writeFileAtomic } from "../dataset/write-file";

const OBSERVATION_CSV_COLUMNS = Object.keys(observationRow.shape) as (keyof ObservationRow)[];
const VALUE_COLUMNS = ["value", "source", "note_zh", "note_en", "year_inferred_zh", "year_inferred_en"] as const;

export type Change = { column: (typeof VALUE_COLUMNS)[number]; from: string; to: string };
export type ImportPlan = {
  issues: Issue[];
  added: ObservationRow[];
  changed: { row: ObservationRow; changes: Change[] }[];
  unchanged: ObservationRow[];
  // The whole new observations.csv, sorted like the current one.
  text: string;
};

// One source's figure for a region, indicator, year and basis: another source's figure for the same is another row.
export const keyOf = (r: ObservationRow) => `${r.region}/${r.indicator}/${r.year}/${r.basis}/${r.source}`;
const cell = (r: ObservationRow, c: (typeof VALUE_COLUMNS)[number]) => r[c] ?? "";

// Compares a batch of observations with content/data and says what --apply would do; writes nothing.
export function planImport(batchFile: string, batchText: string, dataDir: string, relTo: string): ImportPlan {
  const { dataset, issues: dataIssues } = readDataset(dataDir, relTo);
  if (dataIssues.length) return { ...emptyPlan(), issues: dataIssues };
  const fileOf = (name: string) => path.relative(relTo, path.join(dataDir, `${name}.csv`));
  return planRows(batchFile, parseCsv(batchFile, batchText, observationRow), dataset, fileOf);
}

const emptyPlan = (): ImportPlan => ({ issues: [], added: [], changed: [], unchanged: [], text: "" });

// planImport on rows already parsed (the desk's pending figures are rows, not CSV text), against a dataset already read.
export function planRows(
  batchFile: string,
  batch: { rows: Located<ObservationRow>[]; issues: Issue[] },
  dataset: Dataset,
  fileOf: (name: string) => string,
): ImportPlan {
  const plan = emptyPlan();
  const rows = withoutRepeats(batchFile, batch.rows, plan.issues);
  // The dataset's own reference and range checks, run on the batch rows in place of observations.csv (the ledger's
  // checks against disagreements.csv run on the whole data, by content:check and db:build).
  const refIssues = checkReferences({ ...dataset, observations: rows, events: [], disagreements: [] }, (name) =>
    name === "observations" ? batchFile : fileOf(name),
  );
  plan.issues.push(...batch.issues, ...refIssues);
  plan.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (plan.issues.length) return plan;

  const current = new Map(dataset.observations.map(({ row }) => [keyOf(row), row]));
  for (const { row } of rows) {
    const old = current.get(keyOf(row));
    if (!old) plan.added.push(row);
    else {
      const changes = VALUE_COLUMNS.filter((c) => cell(old, c) !== cell(row, c)).map((c) => ({
        column: c,
        from: cell(old, c),
        to: cell(row, c),
      }));
      if (changes.length) plan.changed.push({ row, changes });
      else plan.unchanged.push(row);
    }
    current.set(keyOf(row), row);
  }
  plan.text = observationsCsv([...current.values()], dataset);
  return plan;
}

// The same key twice is refused when the values differ; an exact repeat is harmless and kept once.
function withoutRepeats(file: string, rows: Located<ObservationRow>[], issues: Issue[]): Located<ObservationRow>[] {
  const first = new Map<string, Located<ObservationRow>>();
  for (const r of rows) {
    const seen = first.get(keyOf(r.row));
    if (!seen) first.set(keyOf(r.row), r);
    else {
      const diff = VALUE_COLUMNS.filter((c) => cell(seen.row, c) !== cell(r.row, c)).map(
        (c) => `${c} "${cell(seen.row, c)}" vs "${cell(r.row, c)}"`,
      );
      if (diff.length)
        issues.push(
          issue({ file, line: r.line, field: "region+indicator+year+basis+source" }, "conflictsWith", {
            line: seen.line,
            key: keyOf(r.row),
            diff: diff.join(", "),
          }),
        );
    }
  }
  return [...first.values()];
}

// Sorted by the region's place in regions.csv, then indicator, basis and year: the order the file is kept in.
export function observationsCsv(rows: ObservationRow[], d: Pick<Dataset, "regions">): string {
  return toCsv(sortObservations(rows, d), OBSERVATION_CSV_COLUMNS);
}

export function sortObservations(rows: ObservationRow[], d: Pick<Dataset, "regions">): ObservationRow[] {
  const order = new Map(d.regions.map(({ row }, i) => [row.slug, i]));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      (order.get(a.region) ?? 1e9) - (order.get(b.region) ?? 1e9) ||
      cmp(a.indicator, b.indicator) ||
      cmp(a.basis, b.basis) ||
      a.year - b.year,
  );
}

// A diff a person can check: + added, ~ changed (old → new per column), and the count of unchanged rows.
export function formatPlan(plan: ImportPlan): string[] {
  const values = (r: ObservationRow) =>
    VALUE_COLUMNS.filter((c) => cell(r, c) !== "")
      .map((c) => `${c} "${cell(r, c)}"`)
      .join(", ");
  return [
    ...plan.added.map((r) => `  + ${keyOf(r)}  ${values(r)}`),
    ...plan.changed.map(
      ({ row, changes }) =>
        `  ~ ${keyOf(row)}  ${changes.map((c) => `${c.column} "${c.from}" → "${c.to}"`).join("; ")}`,
    ),
    ...(plan.unchanged.length ? [`  = ${plan.unchanged.length} row(s) unchanged`] : []),
    `${plan.added.length} added, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged.`,
  ];
}

// Writes observations.csv and rebuilds the database; if the rebuild fails the old CSV is put back, so nothing changes.
export async function applyImport(
  plan: ImportPlan,
  dataDir: string,
  dbFile: string,
  relTo: string,
  build = writeDatabase,
): Promise<void> {
  const obs = path.join(dataDir, "observations.csv");
  const before = fs.readFileSync(obs, "utf8");
  writeFileAtomic(obs, plan.text);
  try {
    const { dataset, issues } = readDataset(dataDir, relTo);
    if (issues.length) throw new ContentError(issues);
    await build(dataset, dbFile);
  } catch (err) {
    writeFileAtomic(obs, before);
    throw err;
  }
}

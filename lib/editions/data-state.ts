import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { SOURCE_INTERNAL_COLUMNS } from "../schemas/data";
import type { FigureRef } from "./text-state";

// The data files of any commit, read by column name and without their schema: an old file with fewer columns (no
// year_inferred_zh, a single `note`) reads as well as today's, and a column it lacks is empty.

export type CsvRecord = Record<string, string>;

export function readCsvLoose(text: string): CsvRecord[] {
  try {
    return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as CsvRecord[];
  } catch {
    return [];
  }
}

// An observation row as it was: value as written (decimals kept), columns the file lacked are "".
export type FigureRow = {
  region: string;
  indicator: string;
  year: number;
  value: string;
  basis: string;
  source: string;
  note_zh: string;
  note_en: string;
  year_inferred_zh: string;
  year_inferred_en: string;
};

const cell = (r: CsvRecord, k: string) => (r[k] ?? "").trim();

export function figureRows(text: string): FigureRow[] {
  return readCsvLoose(text)
    .map((r) => ({
      region: cell(r, "region"),
      indicator: cell(r, "indicator"),
      year: Number(cell(r, "year")),
      value: cell(r, "value"),
      basis: cell(r, "basis"),
      source: cell(r, "source"),
      note_zh: cell(r, "note_zh") || cell(r, "note"),
      note_en: cell(r, "note_en") || cell(r, "note"),
      year_inferred_zh: cell(r, "year_inferred_zh"),
      year_inferred_en: cell(r, "year_inferred_en"),
    }))
    .filter((r) => r.region && r.indicator && Number.isInteger(r.year));
}

// One figure: a row of observations.csv is one source's value for a region, indicator, year and basis.
export const figureKey = (r: Pick<FigureRow, "region" | "indicator" | "year" | "basis" | "source">) =>
  `${r.region}/${r.indicator}/${r.year}/${r.basis}/${r.source}`;

// A case's figures: every row of its own region and its related regions (the key facts, the charts and the data
// table draw from these), and every row a <Figure> in either language names (any region; all sources of it, since
// which one is shown depends on the ledger). The national baseline line is the site's, not the case's.
export function caseFigures(rows: FigureRow[], regions: Set<string>, refs: FigureRef[]): FigureRow[] {
  const named = (r: FigureRow) =>
    refs.some(
      (f) =>
        f.region === r.region &&
        f.indicator === r.indicator &&
        Number(f.year) === r.year &&
        (!f.basis || f.basis === r.basis) &&
        (!f.source || f.source === r.source),
    );
  return rows.filter((r) => regions.has(r.region) || named(r));
}

export type LedgerRow = { region: string; indicator: string; basis: string; years: number[]; preferredSource: string };

export function ledgerRows(text: string): LedgerRow[] {
  return readCsvLoose(text).map((r) => ({
    region: cell(r, "region"),
    indicator: cell(r, "indicator"),
    basis: cell(r, "basis"),
    years: cell(r, "years").split(/\s+/).filter(Boolean).map(Number),
    preferredSource: cell(r, "preferred_source"),
  }));
}

// Indicator key → unit, as indicators.csv had it.
export function unitsOf(text: string): Record<string, string> {
  return Object.fromEntries(readCsvLoose(text).map((r) => [cell(r, "key"), cell(r, "unit")]));
}

// The published data as a set of records (columns and rows in any order, empty cells and editors' internal columns
// left out), hashed: a change to a file's layout or to an internal note is not a new edition of the data.
// A file without a record (a header alone) is as good as no file: undefined.
export function dataHash(files: Record<string, string>): string | undefined {
  const internal = new Set<string>(SOURCE_INTERNAL_COLUMNS);
  const h = createHash("sha256");
  let records = 0;
  for (const name of Object.keys(files).sort()) {
    const rows = readCsvLoose(files[name]!)
      .map((r) =>
        JSON.stringify(
          Object.keys(r)
            .filter((k) => !internal.has(k) && r[k]!.trim() !== "")
            .sort()
            .map((k) => [k, r[k]!.trim()]),
        ),
      )
      .sort();
    records += rows.length;
    h.update(JSON.stringify([name, rows]));
  }
  return records ? h.digest("hex").slice(0, 20) : undefined;
}

type Cell = string | number | boolean | null | undefined;
type Rows = Record<string, Cell>[];

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

// CSV as RFC 4180: quote fields with commas, quotes or line breaks. The canonical content/data files are written with it;
// anything a reader downloads goes through toExportCsv instead.
export function toCsv(rows: Rows, columns: readonly string[]): string {
  const cell = (v: Cell) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\n\r]/.test(s) ? quote(s) : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
}

// A cell a spreadsheet would run as a formula (OWASP, CSV injection): text starting with = + - @, a tab or a carriage return.
// A number (-3.5, -12) is data, not a formula, and stays as it is.
export function isFormulaCell(v: Cell): boolean {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v);
}

// One exported cell: a formula-like text gets OWASP's leading single quote and is quoted; everything else as toCsv writes it.
export function neutraliseCsvCell(v: Cell): string {
  const s = v === null || v === undefined ? "" : String(v);
  if (isFormulaCell(s)) return quote(`'${s}`);
  return /[",\n\r]/.test(s) ? quote(s) : s;
}

// CSV for readers (the API's ?format=csv, the chart downloads, the bulk files on /data): toCsv with every cell neutralised.
export function toExportCsv(rows: Rows, columns: readonly string[]): string {
  return (
    [
      columns.map(neutraliseCsvCell).join(","),
      ...rows.map((r) => columns.map((c) => neutraliseCsvCell(r[c])).join(",")),
    ].join("\n") + "\n"
  );
}

// The columns of every observation export: the API, the bulk download and the chart downloads.
export const OBSERVATION_COLUMNS = [
  "region",
  "indicator",
  "year",
  "value",
  "unit",
  "basis",
  "source",
  "note_zh",
  "note_en",
  "year_inferred_zh",
  "year_inferred_en",
  // false for a value the editors do not prefer where sources disagree (disagreements.csv)
  "preferred",
] as const;
export type ObservationRecord = Record<(typeof OBSERVATION_COLUMNS)[number], string | number | boolean | null>;

// JSON exports carry the value as a number plus the published number of decimals (27.4 vs 27.40).
export function jsonRecord(r: ObservationRecord) {
  const text = String(r.value);
  return { ...r, value: Number(text), decimals: text.includes(".") ? text.length - text.indexOf(".") - 1 : 0 };
}

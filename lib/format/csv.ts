// CSV as RFC 4180: quote fields with commas, quotes or line breaks. Shared by the API and the chart downloads.
export function toCsv(rows: Record<string, string | number | null | undefined>[], columns: readonly string[]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
}

// The columns of every observation export: the API, the bulk download and the chart downloads.
export const OBSERVATION_COLUMNS = ["region", "indicator", "year", "value", "unit", "basis", "source", "note_zh", "note_en"] as const;
export type ObservationRecord = Record<(typeof OBSERVATION_COLUMNS)[number], string | number | null>;

// JSON exports carry the value as a number plus the published number of decimals (27.4 vs 27.40).
export function jsonRecord(r: ObservationRecord) {
  const text = String(r.value);
  return { ...r, value: Number(text), decimals: text.includes(".") ? text.length - text.indexOf(".") - 1 : 0 };
}

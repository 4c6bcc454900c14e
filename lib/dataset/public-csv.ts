import { parse } from "csv-parse/sync";
import { isFormulaCell, toExportCsv } from "../format/csv";
import { SOURCE_INTERNAL_COLUMNS } from "../schemas/data";

const INTERNAL: Record<string, readonly string[]> = { "sources.csv": SOURCE_INTERNAL_COLUMNS };

// The copy of a data file that readers download: the same rows without the editors' internal columns,
// and with formula-like cells neutralised (toExportCsv); a file that needs neither is published byte for byte.
export function publicCsv(file: string, text: string): string {
  const hidden = INTERNAL[file] ?? [];
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const header = (parse(text, { to_line: 1, bom: true }) as string[][])[0] ?? [];
  if (!hidden.length && !rows.some((r) => Object.values(r).some(isFormulaCell))) return text;
  return toExportCsv(
    rows,
    header.filter((c) => !hidden.includes(c)),
  );
}

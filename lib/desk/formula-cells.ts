import { parse } from "csv-parse/sync";
import { isFormulaCell } from "../format/csv";

export type FormulaCell = { column: string; char: string };

const SHOWN: Record<string, string> = { "\t": "Tab", "\r": "CR" };

// The cells of one added CSV line that a spreadsheet would run as formulas, so the reviewer is warned before approving.
// The site's downloads neutralise them (toExportCsv); the canonical file keeps them as typed.
export function formulaCells(file: string, after: string, diffLine: string): FormulaCell[] {
  if (!file.endsWith(".csv") || !diffLine.startsWith("+") || diffLine.startsWith("+++")) return [];
  try {
    const header = (parse(after, { to_line: 1, bom: true }) as string[][])[0] ?? [];
    const cells = (parse(diffLine.slice(1), { relax_column_count: true, relax_quotes: true }) as string[][])[0] ?? [];
    return cells.flatMap((c, i) =>
      isFormulaCell(c) ? [{ column: header[i] ?? String(i + 1), char: SHOWN[c[0]!] ?? c[0]! }] : [],
    );
  } catch {
    // A line that is part of a multi-line cell is not a row on its own.
    return [];
  }
}

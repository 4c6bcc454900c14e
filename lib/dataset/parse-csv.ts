import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { Issue } from "./issues";

export type Located<T> = { line: number; row: T };

// Parses CSV text and validates each row, keeping the file line of every row and of every problem.
export function parseCsv<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { rows: Located<z.output<S>>[]; raw: Record<string, string>[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rows: Located<z.output<S>>[] = [];
  const raw: Record<string, string>[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, info: true, skip_empty_lines: true, bom: true, trim: false });
  } catch (err) {
    const e = err as { lines?: number; message: string };
    issues.push({ file, line: e.lines, message: `cannot read the CSV: ${e.message}` });
    return { rows, raw, issues };
  }
  const expected = Object.keys((schema as unknown as z.ZodObject).shape ?? {});
  const header = records[0] ? Object.keys(records[0].record) : firstLine(text).split(",");
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !expected.includes(c));
  if (missing.length || extra.length) {
    const parts = [missing.length ? `missing column(s) ${missing.join(", ")}` : "", extra.length ? `unknown column(s) ${extra.join(", ")}` : ""];
    issues.push({ file, line: 1, message: `header: ${parts.filter(Boolean).join("; ")}; expected ${expected.join(",")}` });
    return { rows, raw, issues };
  }
  for (const { record, info } of records) {
    raw.push(record);
    const result = schema.safeParse(record);
    if (result.success) rows.push({ line: info.lines, row: result.data });
    else
      for (const issue of result.error.issues) {
        const field = issue.path.join(".");
        const got = record[field];
        issues.push({ file, line: info.lines, field, message: `${issue.message}${got === undefined ? "" : ` (got "${got}")`}` });
      }
  }
  return { rows, raw, issues };
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? "";
}

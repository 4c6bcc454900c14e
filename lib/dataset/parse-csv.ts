import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { issue, issueFromZod, type Issue } from "../problems/issues";

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
    const e = err as { code?: string; lines?: number; record?: unknown[]; message: string };
    const at = { file, line: e.lines };
    // csv-parse's commonest complaints, worded for an editor (and translatable); anything else as the parser says it.
    if (e.code === "CSV_RECORD_INCONSISTENT_COLUMNS" && e.record)
      issues.push(
        issue(at, "csvColumns", {
          cells: String(e.record.length),
          expected: String(firstLine(text).split(",").length),
        }),
      );
    else if (e.code === "CSV_QUOTE_NOT_CLOSED") issues.push(issue(at, "csvQuote"));
    else if (e.code === "CSV_INVALID_CLOSING_QUOTE") issues.push(issue(at, "csvClosingQuote"));
    else issues.push(issue(at, "csvUnreadable", { detail: e.message }));
    return { rows, raw, issues };
  }
  const expected = Object.keys((schema as unknown as z.ZodObject).shape ?? {});
  const header = records[0] ? Object.keys(records[0].record) : firstLine(text).split(",");
  const missing = expected.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !expected.includes(c));
  if (missing.length || extra.length) {
    const code =
      missing.length && extra.length ? "csvHeaderBoth" : missing.length ? "csvHeaderMissing" : "csvHeaderUnknown";
    issues.push(
      issue({ file, line: 1 }, code, {
        missing: missing.join(", "),
        extra: extra.join(", "),
        expected: expected.join(","),
      }),
    );
    return { rows, raw, issues };
  }
  // The desk and the importer append rows in the schema's column order, so the header must be in that order too.
  if (header.join(",") !== expected.join(",")) {
    issues.push(issue({ file, line: 1 }, "csvHeaderOrder", { expected: expected.join(",") }));
    return { rows, raw, issues };
  }
  const checked = validateRows(
    file,
    records.map(({ record, info }) => ({ line: info.lines, row: record })),
    schema,
  );
  return { rows: checked.rows, raw: records.map((r) => r.record), issues: [...issues, ...checked.issues] };
}

// Each row through its schema, as parseCsv does after reading the text; the desk's pending rows come here directly.
export function validateRows<S extends z.ZodType>(
  file: string,
  records: Located<Record<string, string>>[],
  schema: S,
): { rows: Located<z.output<S>>[]; issues: Issue[] } {
  const rows: Located<z.output<S>>[] = [];
  const issues: Issue[] = [];
  for (const { line, row: record } of records) {
    const result = schema.safeParse(record);
    if (result.success) rows.push({ line, row: result.data });
    else
      for (const z of result.error.issues) {
        const field = z.path.join(".");
        const got = record[field];
        issues.push(issueFromZod({ file, line, field }, z.message, got));
      }
  }
  return { rows, issues };
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? "";
}

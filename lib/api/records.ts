import "server-only";
import { toRow } from "../dataset/domain";
import type { Disagreement, Indicator, Region, Source } from "../data/types";
import { disagreementRow, indicatorRow, regionRow, SOURCE_INTERNAL_COLUMNS, sourceRow } from "../schemas/data";

// Every endpoint answers in the CSV's own column names (snake_case), the names of the bulk downloads on /data.
const publicColumns = (shape: object, hidden: readonly string[] = []) =>
  Object.keys(shape).filter((c) => !hidden.includes(c));
export const REGION_COLUMNS = publicColumns(regionRow.shape);
export const INDICATOR_COLUMNS = publicColumns(indicatorRow.shape);
export const SOURCE_COLUMNS = publicColumns(sourceRow.shape, SOURCE_INTERNAL_COLUMNS);
export const DISAGREEMENT_COLUMNS = publicColumns(disagreementRow.shape);

type Record_ = Record<string, string | number | null>;
// The row's cells in the file's column order, so JSON keys read in the same order as the CSV header.
const inOrder = (row: object, columns: readonly string[]): Record_ =>
  Object.fromEntries(columns.map((c) => [c, (row as Record_)[c] ?? null]));

export const regionRecord = (r: Region) => inOrder(toRow.regions(r), REGION_COLUMNS);
export const indicatorRecord = (i: Indicator) => inOrder(toRow.indicators(i), INDICATOR_COLUMNS);
export const sourceRecord = (s: Source) => inOrder(toRow.sources(s), SOURCE_COLUMNS);
export const disagreementRecord = (d: Disagreement) => inOrder(toRow.disagreements(d), DISAGREEMENT_COLUMNS);

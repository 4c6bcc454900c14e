import type { Dataset } from "../dataset/load-dataset";
import type { IssueCode, IssueParams } from "../problems/issues";

// Shapes shared by check.ts and the checks it calls (check-locales, template-check), so none imports check.ts back.
export type Add = (line: number, field: string | undefined, code: IssueCode, params?: IssueParams) => void;
export type Known = { regions: Map<string, unknown>; indicators: Set<string>; sources: Set<string>; terms: Set<string>; dataset: Dataset };

import type { IssueCode, IssueParams } from "../problems/issues";
import type { Disagreement } from "../data/types";
import type { ObservationRow, RegionRow } from "../schemas/data";
import type { Unit } from "../themes";

// Shapes shared by check.ts and the checks it calls (check-locales, template-check), so none imports check.ts back.
export type Add = (line: number, field: string | undefined, code: IssueCode, params?: IssueParams) => void;

// What a case is checked against: the data's ids, the glossary's terms, the case folders (built once, shared by every case).
export type Known = {
  regions: Map<string, RegionRow>;
  // Each indicator's unit, by key: what a <Figure> of it renders after its number.
  indicators: Map<string, Unit>;
  sources: Set<string>;
  terms: Set<string>;
  slugs: Set<string>;
  // The observations a <Figure region indicator year> can show (one per basis and source).
  observationsAt: (region: string, indicator: string, year: number) => ObservationRow[];
  // The disagreements.csv row covering a figure, whose preferred source a <Figure> without source="…" shows.
  disagreementAt: (o: { region: string; indicator: string; basis: string; year: number }) => Disagreement | undefined;
};

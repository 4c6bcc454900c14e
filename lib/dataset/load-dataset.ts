import fs from "node:fs";
import path from "node:path";
import {
  DATA_FILES,
  PRIMARY_KEY,
  type BasisRow,
  type DataFileName,
  type DisagreementRow,
  type EventRow,
  type IndicatorRow,
  type ObservationRow,
  type RegionRow,
  type SourceRow,
} from "../schemas/data";
import { UNITS, type Unit } from "../themes";
import { issue, type Issue, type IssueCode } from "../problems/issues";
import { parseCsv, type Located } from "./parse-csv";

export type Dataset = {
  regions: Located<RegionRow>[];
  indicators: Located<IndicatorRow>[];
  bases: Located<BasisRow>[];
  sources: Located<SourceRow>[];
  observations: Located<ObservationRow>[];
  events: Located<EventRow>[];
  disagreements: Located<DisagreementRow>[];
};

// Every unit but percent counts people, places or money, so none can be negative (derived, so new units are covered).
const COUNT_UNITS: Unit[] = UNITS.filter((u) => u !== "percent");

export function readDataset(dir: string, relTo = process.cwd()): { dataset: Dataset; issues: Issue[] } {
  const { dataset, issues, declared } = parseDataset(dir, relTo);
  issues.push(...checkReferences(dataset, (name) => path.relative(relTo, path.join(dir, `${name}.csv`)), declared));
  return { dataset, issues };
}

export type Declared = Record<DataFileName, Set<string>>;

// Each file's own rows and row problems, without the cross-file checks; `declared` keeps the keys of rows that failed
// their own validation (see checkReferences). The desk keeps this per process and checks a draft's rows against it.
export function parseDataset(
  dir: string,
  relTo = process.cwd(),
): { dataset: Dataset; issues: Issue[]; declared: Declared } {
  const issues: Issue[] = [];
  const parsed = {} as Record<DataFileName, Located<unknown>[]>;
  const declared = {} as Declared;
  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    const full = path.join(dir, `${name}.csv`);
    const file = path.relative(relTo, full) || full;
    if (!fs.existsSync(full)) {
      issues.push(issue({ file }, "fileMissing"));
      parsed[name] = [];
      declared[name] = new Set();
      continue;
    }
    const result = parseCsv(file, fs.readFileSync(full, "utf8"), DATA_FILES[name]);
    issues.push(...result.issues);
    parsed[name] = result.rows;
    declared[name] = new Set(result.raw.map((r) => r[KEY_COLUMN[name]] ?? ""));
  }
  return { dataset: parsed as unknown as Dataset, issues, declared };
}

// What each reference column points to, and the problem when it points nowhere.
const REFERENCES = {
  region: ["regions", "unknownRegion"],
  indicator: ["indicators", "unknownIndicator"],
  basis: ["bases", "unknownBasis"],
  source: ["sources", "unknownSource"],
} as const satisfies Record<string, [DataFileName, IssueCode]>;

// The column a file's rows are known by, where one column is the whole key.
export const KEY_COLUMN = Object.fromEntries(
  Object.entries(PRIMARY_KEY).map(([name, key]) => [name, key.length === 1 ? key[0] : ""]),
) as Record<DataFileName, string>;

// Cross-file checks: keys are unique, every reference resolves, values are in range.
// `declared` holds keys of rows that failed their own validation, so one bad row is reported once.
export function checkReferences(
  d: Dataset,
  fileOf: (name: DataFileName) => string,
  declared?: Partial<Record<DataFileName, Set<string>>>,
): Issue[] {
  const issues: Issue[] = [];
  const unique = <T>(name: DataFileName, rows: Located<T>[], keyOf: (r: T) => string, field: string) => {
    const seen = new Map<string, number>();
    for (const { line, row } of rows) {
      const k = keyOf(row);
      const first = seen.get(k);
      if (first !== undefined)
        issues.push(issue({ file: fileOf(name), line, field }, "duplicateOf", { line: first, key: k }));
      else seen.set(k, line);
    }
    return seen;
  };
  const regions = unique("regions", d.regions, (r) => r.slug, "slug");
  const indicators = new Map(d.indicators.map(({ row }) => [row.key, row]));
  unique("indicators", d.indicators, (r) => r.key, "key");
  const bases = unique("bases", d.bases, (r) => r.key, "key");
  const sources = unique("sources", d.sources, (r) => r.id, "id");
  const ref = (
    name: DataFileName,
    line: number,
    field: string,
    value: string,
    known: Map<string, unknown>,
    what: keyof typeof REFERENCES,
  ) => {
    const [target, code] = REFERENCES[what];
    if (!known.has(value) && !declared?.[target]?.has(value))
      issues.push(issue({ file: fileOf(name), line, field }, code, { id: value }));
  };

  for (const { line, row } of d.regions)
    if (row.parent !== null) ref("regions", line, "parent", row.parent, regions, "region");

  unique(
    "observations",
    d.observations,
    (r) => PRIMARY_KEY.observations.map((c) => r[c]).join("/"),
    PRIMARY_KEY.observations.join("+"),
  );
  for (const { line, row } of d.observations) {
    ref("observations", line, "region", row.region, regions, "region");
    ref("observations", line, "indicator", row.indicator, indicators, "indicator");
    ref("observations", line, "basis", row.basis, bases, "basis");
    ref("observations", line, "source", row.source, sources, "source");
    const unit = indicators.get(row.indicator)?.unit;
    const v = Number(row.value);
    if (unit === "percent" && (v < 0 || v > 100))
      issues.push(issue({ file: fileOf("observations"), line, field: "value" }, "percentRange", { value: row.value }));
    if (unit && COUNT_UNITS.includes(unit) && v < 0)
      issues.push(
        issue({ file: fileOf("observations"), line, field: "value" }, "negative", { unit, value: row.value }),
      );
  }

  issues.push(...checkLedger(d, fileOf, declared));

  const lastDate = new Map<string, string>();
  for (const { line, row } of d.events) {
    ref("events", line, "region", row.region, regions, "region");
    ref("events", line, "source", row.source, sources, "source");
    const prev = lastDate.get(row.region);
    if (prev !== undefined && row.date < prev)
      issues.push(
        issue({ file: fileOf("events"), line, field: "date" }, "eventOrder", {
          region: row.region,
          date: row.date,
          prev,
        }),
      );
    lastDate.set(row.region, row.date);
  }
  return issues;
}

const figureKey = (r: { region: string; indicator: string; basis: string }, year: number | string) =>
  `${r.region}/${r.indicator}/${year}/${r.basis}`;

// The ledger: several sources may report one figure, but two that agree are one row with a note, two that differ
// need a row of disagreements.csv (its members, its preferred source and why they differ).
function checkLedger(
  d: Dataset,
  fileOf: (name: DataFileName) => string,
  declared?: Partial<Record<DataFileName, Set<string>>>,
): Issue[] {
  const issues: Issue[] = [];
  const at = (name: DataFileName, line: number, field: string) => ({ file: fileOf(name), line, field });
  const byFigure = new Map<string, Located<ObservationRow>[]>();
  for (const o of d.observations) {
    const k = figureKey(o.row, o.row.year);
    byFigure.set(k, [...(byFigure.get(k) ?? []), o]);
  }
  for (const [k, rows] of byFigure)
    for (const [i, { line, row }] of rows.entries()) {
      const same = rows.slice(0, i).find((r) => r.row.value === row.value && r.row.source !== row.source);
      if (same) issues.push(issue(at("observations", line, "value"), "sameValueOf", { line: same.line, key: k }));
    }

  const covered = new Map<string, number>();
  for (const { line, row } of d.disagreements) {
    for (const [field, value, target, code] of [
      ["region", row.region, d.regions.map((r) => r.row.slug), "unknownRegion"],
      ["indicator", row.indicator, d.indicators.map((r) => r.row.key), "unknownIndicator"],
      ["basis", row.basis, d.bases.map((r) => r.row.key), "unknownBasis"],
      ["preferred_source", row.preferred_source, d.sources.map((r) => r.row.id), "unknownSource"],
    ] as const) {
      const file = REFERENCES[field === "preferred_source" ? "source" : field][0];
      if (!target.includes(value) && !declared?.[file]?.has(value))
        issues.push(issue(at("disagreements", line, field), code, { id: value }));
    }
    const key = `${row.region}/${row.indicator}/${row.basis}`;
    const members: ObservationRow[] = [];
    for (const year of row.years.split(" ")) {
      const first = covered.get(figureKey(row, year));
      if (first !== undefined)
        issues.push(issue(at("disagreements", line, "years"), "disagreementOverlap", { key, year, line: first }));
      covered.set(figureKey(row, year), line);
      const inYear = (byFigure.get(figureKey(row, year)) ?? []).map((o) => o.row);
      if (!inYear.length) issues.push(issue(at("disagreements", line, "years"), "disagreementNoMember", { key, year }));
      members.push(...inYear);
    }
    const sources = [...new Set(members.map((m) => m.source))];
    if (members.length && !sources.includes(row.preferred_source))
      issues.push(
        issue(at("disagreements", line, "preferred_source"), "disagreementNotMember", {
          id: row.preferred_source,
          key,
          sources: sources.join(", "),
        }),
      );
  }

  for (const [k, rows] of byFigure) {
    // Two values from one source are a duplicate, reported above.
    const values = new Set(rows.map((r) => r.row.value));
    const sources = new Set(rows.map((r) => r.row.source));
    if (values.size > 1 && sources.size > 1 && !covered.has(k))
      issues.push(
        issue(at("observations", rows[1]!.line, "value"), "disagreementUnnoted", {
          key: k,
          count: rows.length,
          values: rows.map((r) => `${r.row.value} ${r.row.source}`).join("; "),
        }),
      );
  }
  return issues;
}

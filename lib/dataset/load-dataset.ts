import fs from "node:fs";
import path from "node:path";
import {
  DATA_FILES,
  type BasisRow,
  type DataFileName,
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

export const KEY_COLUMN: Record<DataFileName, string> = {
  regions: "slug",
  indicators: "key",
  bases: "key",
  sources: "id",
  observations: "",
  events: "",
};

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
    (r) => `${r.region}/${r.indicator}/${r.year}/${r.basis}`,
    "region+indicator+year+basis",
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

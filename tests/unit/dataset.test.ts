import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/problems/issues";
import { decimalsOf } from "@/lib/dataset/domain";
import { readDataset } from "@/lib/dataset/load-dataset";

const GOOD = path.resolve("tests/fixtures/data-good");
const dirs: string[] = [];

// A copy of the good fixture with one file's line replaced (1-based), or lines appended.
function variant(file: string, edit: (lines: string[]) => string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "data-"));
  dirs.push(dir);
  for (const f of fs.readdirSync(GOOD)) fs.copyFileSync(path.join(GOOD, f), path.join(dir, f));
  const full = path.join(dir, file);
  fs.writeFileSync(full, edit(fs.readFileSync(full, "utf8").trimEnd().split("\n")).join("\n") + "\n");
  return dir;
}
const replaceLine = (n: number, text: string) => (lines: string[]) => lines.map((l, i) => (i === n - 1 ? text : l));
const append =
  (...rows: string[]) =>
  (lines: string[]) => [...lines, ...rows];

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("readDataset", () => {
  it("loads good rows with their line numbers and published decimals", () => {
    const { dataset, issues } = readDataset(GOOD, GOOD);
    expect(issues).toEqual([]);
    expect(dataset.regions.map((r) => r.row.slug)).toEqual(["china", "hubei", "lichuan"]);
    expect(dataset.observations.map((o) => o.line)).toEqual([2, 3, 4]);
    const pop = dataset.observations[2]!.row;
    expect(pop).toMatchObject({ value: "11.10", note_en: "a note, with a comma" });
    expect(decimalsOf(pop.value)).toBe(2);
    expect(dataset.sources[0]!.row).toMatchObject({ date: null, url: null, seed_file: "000_b352e7656539d160.txt" });
  });

  const cases: [string, string, (l: string[]) => string[], { line: number; field?: string; message: RegExp }][] = [
    [
      "a value that is not a number",
      "observations.csv",
      replaceLine(3, "lichuan,poverty_incidence,2019,0.2x5,official,lichuan-chapter,,,,"),
      { line: 3, field: "value", message: /expected a number.*got "0\.2x5"/ },
    ],
    [
      "a year outside 1949–2100",
      "observations.csv",
      replaceLine(2, "lichuan,poverty_incidence,1899,27.4,official,lichuan-chapter,,,,"),
      { line: 2, field: "year", message: /1949 to 2100/ },
    ],
    [
      "an unknown region",
      "observations.csv",
      append("enshi,poverty_incidence,2014,20,official,lichuan-chapter,,,,"),
      { line: 5, field: "region", message: /unknown region "enshi"/ },
    ],
    [
      "an unknown indicator",
      "observations.csv",
      append("lichuan,gdp,2014,20,official,lichuan-chapter,,,,"),
      { line: 5, field: "indicator", message: /unknown indicator "gdp"/ },
    ],
    [
      "an unknown source",
      "observations.csv",
      append("lichuan,poverty_incidence,2015,20,official,nowhere,,,,"),
      { line: 5, field: "source", message: /unknown source "nowhere"/ },
    ],
    [
      "a duplicate observation",
      "observations.csv",
      append("lichuan,poverty_incidence,2013,27.5,official,lichuan-chapter,,,,"),
      { line: 5, field: "region+indicator+year+basis+source", message: /duplicate of line 2/ },
    ],
    [
      "a second source giving the same value",
      "observations.csv",
      append("lichuan,poverty_incidence,2013,27.4,official,communique,,,,"),
      { line: 5, field: "value", message: /same value as line 2 .*corroboration/ },
    ],
    [
      "two sources giving different values with no disagreements.csv row",
      "observations.csv",
      append("lichuan,poverty_incidence,2013,31.9,official,communique,,,,"),
      {
        line: 5,
        field: "value",
        message:
          /lichuan\/poverty_incidence\/2013\/official: 2 sources give different values \(27\.4 lichuan-chapter; 31\.9 communique\)/,
      },
    ],
    [
      "a year inferred in one language only",
      "observations.csv",
      replaceLine(2, "lichuan,poverty_incidence,2013,27.4,official,lichuan-chapter,,,由报道推算,"),
      { line: 2, field: "year_inferred_en", message: /both languages/ },
    ],
    [
      "an author in one language only",
      "sources.csv",
      replaceLine(
        3,
        "communique,统计公报,Statistical communiqué,,Yang Juan,利川市统计局,Lichuan Statistics Bureau,2021,,,,zh,,,,",
      ),
      { line: 3, field: "author", message: /both languages/ },
    ],
    [
      "a disagreement whose preferred source gives none of its values",
      "disagreements.csv",
      append("lichuan,poverty_incidence,official,2013,communique,说明,Note"),
      { line: 2, field: "preferred_source", message: /source "communique" gives none of this row's observations/ },
    ],
    [
      "a disagreement year with no observation",
      "disagreements.csv",
      append("lichuan,poverty_incidence,official,2014,lichuan-chapter,说明,Note"),
      { line: 2, field: "years", message: /no observation of this region, indicator and basis in 2014/ },
    ],
    [
      "a disagreement without its note",
      "disagreements.csv",
      append("lichuan,poverty_incidence,official,2013,lichuan-chapter,说明,"),
      { line: 2, field: "note_en", message: /must not be empty/ },
    ],
    [
      "a percentage above 100",
      "observations.csv",
      append("lichuan,poverty_incidence,2016,127.4,official,lichuan-chapter,,,,"),
      { line: 5, field: "value", message: /from 0 to 100/ },
    ],
    [
      "a negative count",
      "observations.csv",
      append("lichuan,poor_population,2016,-3,official,lichuan-chapter,,,,"),
      { line: 5, field: "value", message: /cannot be negative/ },
    ],
    [
      "a row with a missing column",
      "observations.csv",
      append("lichuan,poverty_incidence,2016,12"),
      { line: 5, message: /this row has 4 cell\(s\) but the header has 10 column\(s\)/ },
    ],
    [
      "a renamed header column",
      "observations.csv",
      replaceLine(1, "region,indicator,year,val,basis,source,note_zh,note_en,year_inferred_zh,year_inferred_en"),
      { line: 1, message: /missing column\(s\) value; unknown column\(s\) val/ },
    ],
    [
      "a header with its columns in another order (the desk and the importer append rows in the schema's order)",
      "observations.csv",
      replaceLine(1, "region,indicator,year,value,basis,source,note_en,note_zh,year_inferred_zh,year_inferred_en"),
      { line: 1, message: /another order; expected region,indicator,year,value,basis,source,note_zh,note_en,/ },
    ],
    [
      "an unknown region level",
      "regions.csv",
      replaceLine(4, "lichuan,利川市,Lichuan,city,hubei,422802"),
      { line: 4, field: "level", message: /country.*county/ },
    ],
    [
      "an unknown parent region",
      "regions.csv",
      replaceLine(4, "lichuan,利川市,Lichuan,county,enshi,422802"),
      { line: 4, field: "parent", message: /unknown region "enshi"/ },
    ],
    [
      "a malformed source date",
      "sources.csv",
      replaceLine(
        3,
        "communique,统计公报,Statistical communiqué,,,利川市统计局,Lichuan Statistics Bureau,13/04/2021,,,,zh,,,,",
      ),
      { line: 3, field: "date", message: /YYYY-MM-DD/ },
    ],
    [
      "a source URL that is not http",
      "sources.csv",
      replaceLine(
        3,
        "communique,统计公报,Statistical communiqué,,,利川市统计局,Lichuan Statistics Bureau,2021,javascript:alert(1),,,zh,,,,",
      ),
      { line: 3, field: "url", message: /http/ },
    ],
    [
      "a locator in one language only",
      "sources.csv",
      replaceLine(
        3,
        "communique,统计公报,Statistical communiqué,,,利川市统计局,Lichuan Statistics Bureau,2021,,第1版,,zh,,,,",
      ),
      { line: 3, field: "locator_en", message: /both languages/ },
    ],
    [
      "an event out of date order",
      "events.csv",
      append("lichuan,2014-01,policy,早,Earlier,lichuan-chapter"),
      { line: 4, field: "date", message: /out of date order/ },
    ],
    [
      "an unknown unit",
      "indicators.csv",
      replaceLine(3, "poor_population,贫困人口,Poor population,people,贫困人口数量。,The number of poor people."),
      { line: 3, field: "unit", message: /percent/ },
    ],
  ];

  it.each(cases)("rejects %s with its line number", (_name, file, edit, expected) => {
    const dir = variant(file, edit);
    const { issues } = readDataset(dir, dir);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ file, line: expected.line, ...(expected.field ? { field: expected.field } : {}) });
    expect(issue!.message).toMatch(expected.message);
    expect(formatIssue(issue!)).toMatch(new RegExp(`^${file.replace(".", "\\.")}:${expected.line}: `));
  });

  it("reports every problem, not just the first", () => {
    const dir = variant("observations.csv", (l) => [
      ...l,
      "lichuan,poverty_incidence,2016,x,official,lichuan-chapter,,,,",
      "lichuan,poverty_incidence,2017,2,official,nowhere,,,,",
    ]);
    const { issues } = readDataset(dir, dir);
    expect(issues.map((i) => i.line)).toEqual([5, 6]);
  });
});

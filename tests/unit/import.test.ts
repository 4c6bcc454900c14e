import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/problems/issues";
import { readDataset } from "@/lib/dataset/load-dataset";
import { applyImport, observationsCsv, planImport } from "@/lib/editor/import";

const GOOD = path.resolve("tests/fixtures/data-good");
const TSX = path.resolve("node_modules/.bin/tsx");
const SCRIPT = path.resolve("scripts/data-import.ts");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "import-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const HEADER = "region,indicator,year,value,basis,source,note_zh,note_en,year_inferred_zh,year_inferred_en";
// One new row, one changed row (a new value from the same source), one row exactly as it is.
const BATCH = [
  HEADER,
  "lichuan,poverty_incidence,2016,12.3,official,lichuan-chapter,,,,",
  "lichuan,poverty_incidence,2019,0.26,official,lichuan-chapter,,,,",
  "lichuan,poverty_incidence,2013,27.4,official,lichuan-chapter,,,,",
].join("\n");

// A small project in a temporary folder: the good data fixture and the real migrations.
function project(batch: string): { root: string; obs: string; db: string } {
  const root = fs.mkdtempSync(path.join(work, "project-"));
  fs.cpSync(GOOD, path.join(root, "content/data"), { recursive: true });
  fs.cpSync(path.resolve("prisma/migrations"), path.join(root, "prisma/migrations"), { recursive: true });
  fs.writeFileSync(path.join(root, "batch.csv"), batch + "\n");
  return { root, obs: path.join(root, "content/data/observations.csv"), db: path.join(root, "prisma/data.db") };
}

// Runs the script from the project folder, as `npm run data:import -- batch.csv` would.
function run(root: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(TSX, [SCRIPT, "batch.csv", ...args], {
      cwd: root,
      encoding: "utf8",
      stdio: "pipe",
      env: { ...process.env, INIT_CWD: root },
    });
    return { status: 0, stdout, stderr: "" };
  } catch (e) {
    return e as { status: number; stdout: string; stderr: string };
  }
}

const dbRows = (db: string) => {
  const conn = new Database(db, { readonly: true });
  const rows = conn
    .prepare(
      "SELECT year, value, decimals, sourceId FROM Observation WHERE regionSlug = 'lichuan' AND indicatorKey = 'poverty_incidence' ORDER BY year",
    )
    .all();
  conn.close();
  return rows;
};

describe("npm run data:import", () => {
  it("prints a dry-run diff and writes nothing", () => {
    const p = project(BATCH);
    const before = fs.readFileSync(p.obs, "utf8");
    const { status, stdout } = run(p.root);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "data:import: batch.csv against content/data/observations.csv",
      '  + lichuan/poverty_incidence/2016/official/lichuan-chapter  value "12.3", source "lichuan-chapter"',
      '  ~ lichuan/poverty_incidence/2019/official/lichuan-chapter  value "0.25" → "0.26"',
      "  = 1 row(s) unchanged",
      "1 added, 1 changed, 1 unchanged.",
      "Dry run: nothing was written. Run again with --apply to write content/data/observations.csv and rebuild the database.",
    ]);
    expect(fs.readFileSync(p.obs, "utf8")).toBe(before);
    expect(fs.existsSync(p.db)).toBe(false);
  });

  it("with --apply writes the sorted CSV and rebuilds the database; the same batch again changes nothing", () => {
    const p = project(BATCH);
    const first = run(p.root, "--apply");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Wrote content/data/observations.csv and rebuilt prisma/data.db.");
    expect(fs.readFileSync(p.obs, "utf8")).toBe(
      [
        HEADER,
        'lichuan,poor_population,2014,11.10,official,communique,"含备注,有逗号","a note, with a comma",,',
        "lichuan,poverty_incidence,2013,27.4,official,lichuan-chapter,,,,",
        "lichuan,poverty_incidence,2016,12.3,official,lichuan-chapter,,,,",
        "lichuan,poverty_incidence,2019,0.26,official,lichuan-chapter,,,,",
      ].join("\n") + "\n",
    );
    expect(dbRows(p.db)).toEqual([
      { year: 2013, value: 27.4, decimals: 1, sourceId: "lichuan-chapter" },
      { year: 2016, value: 12.3, decimals: 1, sourceId: "lichuan-chapter" },
      { year: 2019, value: 0.26, decimals: 2, sourceId: "lichuan-chapter" },
    ]);

    const [csv, db] = [fs.readFileSync(p.obs), fs.readFileSync(p.db)];
    const again = run(p.root, "--apply");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("0 added, 0 changed, 3 unchanged.");
    expect(fs.readFileSync(p.obs).equals(csv)).toBe(true);
    expect(fs.readFileSync(p.db).equals(db)).toBe(true);
  });

  it("refuses a batch whose rows conflict, naming file:line, and writes nothing", () => {
    const p = project(
      [
        HEADER,
        "lichuan,poverty_incidence,2016,12.3,official,lichuan-chapter,,,,",
        "lichuan,poverty_incidence,2016,12.4,official,lichuan-chapter,,,,",
      ].join("\n"),
    );
    const before = fs.readFileSync(p.obs, "utf8");
    const { status, stderr } = run(p.root, "--apply");
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      'batch.csv:3: region+indicator+year+basis+source: conflicts with line 2 (lichuan/poverty_incidence/2016/official/lichuan-chapter): value "12.3" vs "12.4"',
      "data:import: 1 problem(s); the batch was refused and nothing was written.",
    ]);
    expect(fs.readFileSync(p.obs, "utf8")).toBe(before);
    expect(fs.existsSync(p.db)).toBe(false);
  });

  it("refuses invalid rows with the dataset's own checks, naming file:line and field", () => {
    const p = project(
      [
        HEADER,
        "lichuan,poverty_incidence,2016,12.3,official,lichuan-chapter,,,,",
        "lichuan,poverty_incidence,2017,1x,official,lichuan-chapter,,,,",
        "enshi,poverty_incidence,2017,4.1,official,lichuan-chapter,,,,",
        "lichuan,poverty_incidence,2018,104,official,nowhere,,,,",
        "lichuan,poor_population,2018,-2,official,communique,,,,",
        "lichuan,poverty_incidence,1900,3,official,communique,,,,",
      ].join("\n"),
    );
    const before = fs.readFileSync(p.obs, "utf8");
    const { status, stderr } = run(p.root, "--apply");
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      'batch.csv:3: value: expected a number written with digits and an optional decimal point, e.g. 65.77 (got "1x")',
      'batch.csv:4: region: unknown region "enshi"',
      'batch.csv:5: source: unknown source "nowhere"',
      "batch.csv:5: value: a percentage must be from 0 to 100 (got 104)",
      "batch.csv:6: value: a 10k_persons value cannot be negative (got -2)",
      'batch.csv:7: year: expected a year from 1949 to 2100 (got "1900")',
      "data:import: 6 problem(s); the batch was refused and nothing was written.",
    ]);
    expect(fs.readFileSync(p.obs, "utf8")).toBe(before);
  });

  it("refuses a batch with the wrong header", () => {
    const p = project(
      "region,indicator,year,val,basis,source,note_zh,note_en,year_inferred_zh,year_inferred_en\nlichuan,poverty_incidence,2016,12.3,official,lichuan-chapter,,,,",
    );
    const { status, stderr } = run(p.root);
    expect(status).toBe(1);
    expect(stderr).toContain("batch.csv:1: header: missing column(s) value; unknown column(s) val");
  });

  it("puts observations.csv back when the database cannot be built", async () => {
    const p = project(BATCH);
    const before = fs.readFileSync(p.obs, "utf8");
    const plan = planImport("batch.csv", BATCH, path.join(p.root, "content/data"), p.root);
    const failing = async () => {
      throw new Error("disk full");
    };
    await expect(applyImport(plan, path.join(p.root, "content/data"), p.db, p.root, failing)).rejects.toThrow(
      "disk full",
    );
    expect(fs.readFileSync(p.obs, "utf8")).toBe(before);
    expect(fs.readdirSync(path.dirname(p.obs)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("the script also restores the CSV when the rebuild fails", () => {
    const p = project(BATCH);
    const before = fs.readFileSync(p.obs, "utf8");
    const { status, stderr } = run(p.root, "--apply", "--db", path.join(p.root, "no-such-folder/data.db"));
    expect(status).toBe(1);
    expect(stderr).toContain("content/data/observations.csv was restored and nothing changed.");
    expect(fs.readFileSync(p.obs, "utf8")).toBe(before);
  });

  it("keeps content/data/observations.csv in the order imports write, so an import's diff is only its rows", () => {
    const { dataset, issues } = readDataset("content/data");
    expect(issues.map(formatIssue)).toEqual([]);
    expect(
      observationsCsv(
        dataset.observations.map((o) => o.row),
        dataset,
      ),
    ).toBe(fs.readFileSync("content/data/observations.csv", "utf8"));
  });
});

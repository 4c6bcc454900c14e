import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const GOOD = path.resolve("tests/fixtures/data-good");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "dbbuild-"));
const target = path.join(work, "data.db");

function run(dataDir: string): { code: number; stderr: string } {
  try {
    execFileSync("npx", ["tsx", "scripts/db-build.ts", dataDir, target], { encoding: "utf8", stdio: "pipe" });
    return { code: 0, stderr: "" };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, stderr: err.stderr };
  }
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("npm run db:build", () => {
  it("builds the database from good CSVs", () => {
    expect(run(GOOD).code).toBe(0);
    const db = new Database(target, { readonly: true });
    const rows = db
      .prepare(
        "SELECT regionSlug, year, value, decimals FROM Observation WHERE indicatorKey = 'poverty_incidence' ORDER BY year",
      )
      .all();
    db.close();
    expect(rows).toEqual([
      { regionSlug: "lichuan", year: 2013, value: 27.4, decimals: 1 },
      { regionSlug: "lichuan", year: 2019, value: 0.25, decimals: 2 },
    ]);
  });

  it("keeps editors' internal source columns out of the database and the published CSV", async () => {
    expect(run(GOOD).code).toBe(0);
    const db = new Database(target, { readonly: true });
    const columns = (db.prepare("PRAGMA table_info(Source)").all() as { name: string }[]).map((c) => c.name);
    const text = JSON.stringify(db.prepare("SELECT * FROM Source").all());
    db.close();
    expect(columns).not.toContain("seedFile");
    expect(columns).not.toContain("internalNote");
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    const { publicCsv } = await import("../../lib/dataset/public-csv");
    const published = publicCsv("sources.csv", fs.readFileSync(path.join(GOOD, "sources.csv"), "utf8"));
    expect(published.split("\n")[0]).toBe(
      "id,title,title_en,author,author_en,publisher,publisher_en,date,url,locator_zh,locator_en,language,note_zh,note_en",
    );
    expect(published).not.toContain("000_b352e7656539d160.txt");
  });

  it("stops on a bad row, names file:line and column, and leaves the old database untouched", () => {
    const before = fs.readFileSync(target);
    const bad = path.join(work, "bad");
    fs.cpSync(GOOD, bad, { recursive: true });
    const obs = path.join(bad, "observations.csv");
    fs.writeFileSync(obs, fs.readFileSync(obs, "utf8").replace("2019,0.25,", "2019,0.2five,"));
    const { code, stderr } = run(bad);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/observations\.csv:3: value: expected a number/);
    expect(stderr).toMatch(/the database was not changed/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.readdirSync(work).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});

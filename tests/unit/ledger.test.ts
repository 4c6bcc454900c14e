import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { disagreementId, disagreementOf, isPreferred } from "@/lib/data/ledger";
import type { Disagreement } from "@/lib/data/types";
import { readDataset } from "@/lib/dataset/load-dataset";
import { writeDatabase } from "@/lib/dataset/write-db";
import { formatIssue } from "@/lib/problems/issues";

// The good data fixture with two sources that disagree on Lichuan's 2019 incidence (the chapter's 0.25 preferred,
// the communiqué's 0.31 an alternative) and a 2016 figure whose year is inferred.
const GOOD = path.resolve("tests/fixtures/data-good");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-"));
const data = path.join(work, "data");
const dbFile = path.join(work, "data.db");
const NOTE_EN = "The communiqué revised the chapter's figure; the chapter is the source of the series.";
const INFERRED_EN = "inferred from a report of 2017 on the previous year";

function fixture(
  disagreements = `lichuan,poverty_incidence,official,2019,lichuan-chapter,公报修订了章节的数字。,${NOTE_EN}\n`,
) {
  fs.rmSync(data, { recursive: true, force: true });
  fs.cpSync(GOOD, data, { recursive: true });
  fs.appendFileSync(
    path.join(data, "observations.csv"),
    "lichuan,poverty_incidence,2019,0.31,official,communique,,,,\n" +
      `lichuan,poverty_incidence,2016,9.8,official,communique,,,由2017年关于上一年的报道推算,${INFERRED_EN}\n`,
  );
  fs.appendFileSync(path.join(data, "disagreements.csv"), disagreements);
  return readDataset(data, work);
}

let client: PrismaClient;
beforeAll(async () => {
  const { dataset, issues } = fixture();
  expect(issues.map(formatIssue)).toEqual([]);
  await writeDatabase(dataset, dbFile);
  // lib/data/db.ts takes the client kept on globalThis, so the queries below read this fixture's database.
  client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${dbFile}` }) });
  (globalThis as { prisma?: PrismaClient }).prisma = client;
});
afterAll(async () => {
  await client?.$disconnect();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the ledger's rule: the preferred source's value where a disagreements.csv row covers a figure", () => {
  const d: Disagreement = {
    region: "xiangxi",
    indicator: "poverty_incidence",
    basis: "registered-poor",
    years: [2013, 2014],
    preferredSource: "a",
    note: { zh: "说明", en: "Note" },
  };
  const at = (year: number, source: string) => ({ ...d, year, source });
  it("covers the row's years of its region, indicator and basis only", () => {
    expect(disagreementOf([d], at(2014, "b"))).toBe(d);
    expect(disagreementOf([d], at(2015, "b"))).toBeUndefined();
    expect(disagreementOf([d], { ...at(2014, "b"), basis: "official" })).toBeUndefined();
  });
  it("prefers the preferred source's member; a year with none of its members has no preferred value", () => {
    expect(isPreferred([d], at(2013, "a"))).toBe(true);
    expect(isPreferred([d], at(2014, "b"))).toBe(false);
    expect(isPreferred([d], at(2015, "b"))).toBe(true);
    expect(disagreementId(d)).toBe("disagreement-xiangxi-poverty_incidence-registered-poor-2013-2014");
  });
  it("without a row, two differing values are refused (disagreement-unnoted), naming the file, line and field", () => {
    const { issues } = fixture("");
    expect(issues.map((i) => `${i.code} ${i.file}:${i.line} ${i.field}`)).toEqual([
      "disagreementUnnoted data/observations.csv:5 value",
    ]);
  });
});

describe("an inferred year as readers see it", () => {
  it("says 'year inferred from' once, whether or not the English column starts with 'inferred from'", async () => {
    const { inferredFrom } = await import("@/lib/format/punct");
    expect(`year inferred from ${inferredFrom(INFERRED_EN)}`).toBe(
      "year inferred from a report of 2017 on the previous year",
    );
    expect(inferredFrom("a speech of 2021")).toBe("a speech of 2021");
  });
});

describe("queries and API records over two disagreeing sources", () => {
  it("draws only the preferred value, marked with its disagreement, and keeps the inferred year", async () => {
    const { seriesFor } = await import("@/lib/data/series");
    const { series } = await seriesFor(["lichuan"], "poverty_incidence", "en");
    const points = series[0]!.points;
    expect(points.map((p) => [p.year, p.value, p.source])).toEqual([
      [2013, 27.4, "lichuan-chapter"],
      [2016, 9.8, "communique"],
      [2019, 0.25, "lichuan-chapter"],
    ]);
    expect(points[2]!.disagreement).toBe("disagreement-lichuan-poverty_incidence-official-2019");
    expect(points[0]!.disagreement).toBeNull();
    expect(points[1]!.yearInferred).toEqual({ zh: "由2017年关于上一年的报道推算", en: INFERRED_EN });
  });

  it('key facts and a <Figure> without source use the preferred value; source="…" picks the other', async () => {
    const { getKeyFacts } = await import("@/lib/data/key-facts");
    const facts = await getKeyFacts("lichuan", "hubei");
    expect([facts.incidence?.last.value, facts.incidence?.last.source]).toEqual([0.25, "lichuan-chapter"]);
    const { resolveFigure } = await import("@/lib/data/figures");
    const ref = { region: "lichuan", indicator: "poverty_incidence", year: 2019 };
    expect((await resolveFigure(ref)).value).toBe(0.25);
    expect((await resolveFigure({ ...ref, source: "communique" })).value).toBe(0.31);
  });

  it("the observations API keeps both values, flags the preferred one and carries year_inferred_zh/en", async () => {
    const { GET } = await import("@/app/api/v1/observations/route");
    const res = await GET(new NextRequest("http://x/api/v1/observations?region=lichuan&indicator=poverty_incidence"));
    const body = (await res.json()) as { data: Record<string, unknown>[] };
    const at = (year: number) => body.data.filter((r) => r.year === year);
    expect(at(2019).map((r) => [r.value, r.source, r.preferred])).toEqual([
      [0.25, "lichuan-chapter", true],
      [0.31, "communique", false],
    ]);
    expect(at(2016)[0]).toMatchObject({ year_inferred_en: INFERRED_EN, preferred: true });
    expect(at(2013)[0]).toMatchObject({ year_inferred_zh: null, year_inferred_en: null });
    const csv = await (
      await GET(new NextRequest("http://x/api/v1/observations?region=lichuan&indicator=poverty_incidence&format=csv"))
    ).text();
    expect(csv.split("\n")[0]).toBe(
      "region,indicator,year,value,unit,basis,source,note_zh,note_en,year_inferred_zh,year_inferred_en,preferred",
    );
    expect(csv).toContain(
      `lichuan,poverty_incidence,2016,9.8,percent,official,communique,,,由2017年关于上一年的报道推算,${INFERRED_EN},true`,
    );
    expect(csv).toContain("lichuan,poverty_incidence,2019,0.31,percent,official,communique,,,,,false");
  });

  it("the disagreements API answers the row with its members, in JSON and CSV, and refuses an unknown region", async () => {
    const { GET } = await import("@/app/api/v1/disagreements/route");
    const body = await (await GET(new NextRequest("http://x/api/v1/disagreements?region=lichuan"))).json();
    expect(body.data).toEqual([
      {
        region: "lichuan",
        indicator: "poverty_incidence",
        basis: "official",
        years: "2019",
        preferred_source: "lichuan-chapter",
        note_zh: "公报修订了章节的数字。",
        note_en: NOTE_EN,
      },
    ]);
    expect(body.observations.map((o: { value: number; preferred: boolean }) => [o.value, o.preferred])).toEqual([
      [0.25, true],
      [0.31, false],
    ]);
    expect(body.sources.map((s: { id: string }) => s.id).sort()).toEqual(["communique", "lichuan-chapter"]);
    const csv = await (await GET(new NextRequest("http://x/api/v1/disagreements?format=csv"))).text();
    expect(csv).toBe(
      `region,indicator,basis,years,preferred_source,note_zh,note_en\nlichuan,poverty_incidence,official,2019,lichuan-chapter,公报修订了章节的数字。,${NOTE_EN}\n`,
    );
    const unknown = await GET(new NextRequest("http://x/api/v1/disagreements?region=nowhere"));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: "not found",
      issues: [{ parameter: "region", message: 'unknown region "nowhere"; see /api/v1/regions' }],
    });
    expect((await GET(new NextRequest("http://x/api/v1/disagreements?year=2019"))).status).toBe(400);
  });

  it("a disagreement's panel lists every member, the preferred one first, with its inferred year and note", async () => {
    const { disagreementViews } = await import("@/lib/content/disagreements");
    const { getDisagreements } = await import("@/lib/data/queries");
    const [view] = await disagreementViews(await getDisagreements(), "zh");
    expect(view!.note).toBe("公报修订了章节的数字。");
    expect(view!.members.map((m) => [m.year, m.value, m.source, m.preferred])).toEqual([
      [2019, "0.25%", "lichuan-chapter", true],
      [2019, "0.31%", "communique", false],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { publicCsv } from "@/lib/dataset/public-csv";
import { isFormulaCell, neutraliseCsvCell, toCsv, toExportCsv } from "@/lib/format/csv";

describe("CSV export neutralises formula cells (OWASP)", () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+1+1", `"'+1+1"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tcmd", `"'\tcmd"`],
    ["\rcmd", `"'\rcmd"`],
  ])("%j → %s", (cell, out) => {
    expect(isFormulaCell(cell)).toBe(true);
    expect(neutraliseCsvCell(cell)).toBe(out);
  });

  it.each([["-3.5"], ["-12"], ["12.30"], ["Lanxi"], ["a=b"], [""], ["a, b"]])(
    "leaves %j as toCsv writes it",
    (cell) => {
      expect(isFormulaCell(cell)).toBe(false);
      expect(toExportCsv([{ a: cell }], ["a"])).toBe(toCsv([{ a: cell }], ["a"]));
    },
  );

  it("keeps numbers as numbers", () => {
    expect(toExportCsv([{ v: -3.5, n: -12, t: "=1" }], ["v", "n", "t"])).toBe(`v,n,t\n-3.5,-12,"'=1"\n`);
  });

  it("toCsv, which writes content/data, is unchanged", () => {
    expect(toCsv([{ t: "=1" }], ["t"])).toBe("t\n=1\n");
  });

  it("the bulk files: a hostile cell is neutralised; a clean file is published byte for byte", () => {
    const clean = "region,value\nlanxi,-3.5\n";
    expect(publicCsv("observations.csv", clean)).toBe(clean);
    expect(publicCsv("events.csv", "region,label_en\nlanxi,=cmd|' /C calc'!A0\n")).toBe(
      `region,label_en\nlanxi,"'=cmd|' /C calc'!A0"\n`,
    );
    const sources = "id,title,seed_file,internal_note\nx,@evil,a.pdf,secret\n";
    expect(publicCsv("sources.csv", sources)).toBe(`id,title\nx,"'@evil"\n`);
  });
});

describe("the reviewer's diff flags formula cells", () => {
  const after = "id,title,title_en\nx,=1+1,Fine\n";
  it("names the column and the character of an added line's formula cell", async () => {
    const { formulaCells } = await import("@/lib/desk/formula-cells");
    expect(formulaCells("content/data/sources.csv", after, '+x,=1+1,"@me, too"')).toEqual([
      { column: "title", char: "=" },
      { column: "title_en", char: "@" },
    ]);
    expect(formulaCells("content/data/sources.csv", after, "+x,-3.5,ok")).toEqual([]);
    expect(formulaCells("content/data/sources.csv", after, "-x,=1+1,Fine")).toEqual([]);
    expect(formulaCells("content/cases/x/en.mdx", after, "+=1")).toEqual([]);
  });
});

describe("the chart's CSV download", () => {
  it("neutralises a hostile source title or note and keeps the values as numbers", async () => {
    const { chartCsv } = await import("@/components/charts/chart-data");
    const point = {
      x: 2019,
      xText: "2019",
      y: 3.5,
      yDecimals: 1,
      year: 2019,
      value: 3.5,
      decimals: 1,
      text: "3.5%",
      source: "evil-src",
      sourceLabel: "x",
      sourceTitle: '=HYPERLINK("http://evil")',
      noteZh: "+备注",
      noteEn: null,
      yearInferredZh: "=由报道推算",
      yearInferredEn: null,
      yearInferredText: null,
      disagreement: null,
    };
    const series = {
      id: "s",
      region: "lichuan",
      indicator: "poverty_incidence",
      basis: "official",
      label: "Lichuan",
      basisName: "Official",
      colour: "#000",
      dashed: false,
      baseline: false,
      points: [point],
    };
    const chart = {
      id: "c",
      unit: "percent",
      title: "",
      subtitle: "",
      sourceLine: "",
      locale: "en" as const,
      apiPath: "/api/v1/observations?region=lichuan&indicator=poverty_incidence",
      fileName: "c",
      licence: "",
      viewColumns: null,
      xLabel: null,
      gapLegend: null,
      colon: ": ",
      series: [series],
    };
    expect(chartCsv(chart, false)).toBe(
      "\uFEFFregion,indicator,year,value,unit,basis,source,source_title,note_zh,note_en,year_inferred_zh,year_inferred_en\n" +
        `lichuan,poverty_incidence,2019,3.5,percent,official,evil-src,"'=HYPERLINK(""http://evil"")","'+备注",,"'=由报道推算",\n`,
    );
  });
});

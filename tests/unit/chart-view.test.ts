import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { rangeTicks } from "@/components/charts/scale";
import { series } from "./series-fixture";
import {
  type Anchor,
  applyView,
  CAMPAIGN,
  CAMPAIGN_SOURCES,
  DEFAULT_VIEW,
  EXIT_RULES,
  onLine,
  parseView,
  viewQuery,
} from "@/lib/charts/view";

const anchor = (region: string, year: number): Anchor => ({
  region,
  year,
  date: `${year}`,
  label: "",
  source: "s",
  from: region,
});

describe("parseView: the view is read from the URL", () => {
  it("reads each parameter and reports unknown values instead of guessing", () => {
    expect(parseView({}).view).toEqual(DEFAULT_VIEW);
    expect(parseView({ scale: "index", align: "exit", marks: "none" })).toEqual({
      view: { scale: "index", align: "exit", marks: false },
      unknown: [],
    });
    const bad = parseView({ scale: "log", align: "exit", marks: "maybe" });
    expect(bad.view).toEqual({ scale: "value", align: "exit", marks: true });
    expect(bad.unknown).toEqual(["scale=log", "marks=maybe"]);
  });

  it("writes back one URL per view, defaults left out, and reads it again", () => {
    expect(viewQuery(DEFAULT_VIEW)).toEqual({});
    for (const view of [
      { scale: "change", align: "start", marks: false },
      { scale: "index", align: "year", marks: true },
    ] as const)
      expect(parseView(viewQuery(view)).view).toEqual(view);
  });
});

describe("applyView: what compare draws", () => {
  const a = series("a", "a", [
    [2013, 27.4, 1],
    [2016, 10, 0],
    [2019, 0.25, 2],
  ]);
  const b = series("b", "b", [
    [2012, 40, 0],
    [2016, 20, 0],
    [2019, 1.5, 1],
  ]);

  it("leaves the published values alone on the value scale", () => {
    const r = applyView([a, b], DEFAULT_VIEW, new Map());
    expect(r.series.map((s) => s.points.map((p) => [p.x, p.y]))).toEqual([
      [
        [2013, 27.4],
        [2016, 10],
        [2019, 0.25],
      ],
      [
        [2012, 40],
        [2016, 20],
        [2019, 1.5],
      ],
    ]);
    expect(r.baseX).toBeNull();
  });

  it("indexes every line to the first year they share (= 100) and keeps the published value beside it", () => {
    const r = applyView([a, b], { ...DEFAULT_VIEW, scale: "index" }, new Map());
    expect(r.baseX).toBe(2016);
    const [ia, ib] = r.series;
    expect(ia!.points.find((p) => p.x === 2016)!.y).toBe(100);
    expect(ia!.points.find((p) => p.x === 2019)!.y).toBeCloseTo((0.25 / 10) * 100, 10);
    expect(ib!.points.find((p) => p.x === 2012)!.y).toBeCloseTo(200, 10);
    expect(ib!.points.find((p) => p.x === 2019)!.value).toBe(1.5);
  });

  it("gives the change since the common year in the figures' own decimals, never rounded further", () => {
    const r = applyView([a, b], { ...DEFAULT_VIEW, scale: "change" }, new Map());
    const last = r.series[0]!.points.at(-1)!;
    expect(last.y).toBe(-9.75);
    expect(last.decimals).toBe(2);
    expect(r.series[1]!.points[0]!.y).toBe(20);
  });

  it("indexes each line to its own first figure when the lines share no year", () => {
    const c = series("c", "c", [
      [2014, 8, 0],
      [2018, 2, 0],
    ]);
    const r = applyView([a, c], { ...DEFAULT_VIEW, scale: "index" }, new Map());
    expect(r.baseX).toBeNull();
    expect(r.series.map((s) => s.points[0]!.y)).toEqual([100, 100]);
    expect(r.series[1]!.points[1]!.y).toBe(25);
  });

  it("leaves out a line whose base is zero on the index scale, and says why", () => {
    const z = series("z", "z", [
      [2016, 0, 0],
      [2019, 1, 0],
    ]);
    const r = applyView([a, z], { ...DEFAULT_VIEW, scale: "index" }, new Map());
    expect(r.left).toEqual([{ id: z.id, reason: "zero-base" }]);
    expect(r.series.map((s) => s.id)).toEqual([a.id]);
  });

  it("aligns each line on its own anchor, and leaves out (with the reason) a line without one", () => {
    const r = applyView([a, b], { ...DEFAULT_VIEW, align: "exit" }, new Map([["a", anchor("a", 2020)]]));
    expect(r.series[0]!.points.map((p) => [p.x, p.year])).toEqual([
      [-7, 2013],
      [-4, 2016],
      [-1, 2019],
    ]);
    expect(r.left).toEqual([{ id: b.id, reason: "no-anchor" }]);
  });

  it("indexes aligned lines to the first aligned year they share", () => {
    const r = applyView(
      [a, b],
      { scale: "index", align: "exit", marks: true },
      new Map([
        ["a", anchor("a", 2020)],
        ["b", anchor("b", 2017)],
      ]),
    );
    // a at -4 is 2016; b at -4 is 2013, which b lacks; -7 (a 2013, b 2010) neither; the first shared x is -1 (a 2019,
    // b 2016).
    expect(r.baseX).toBe(-1);
    expect(r.series[1]!.points.find((p) => p.year === 2016)!.y).toBe(100);
    expect(r.series[1]!.points.find((p) => p.year === 2019)!.y).toBeCloseTo(7.5, 10);
  });
});

describe("onLine: where a milestone sits", () => {
  const pts = [
    { x: 0, y: 10, decimals: 0, year: 2013, value: 10 },
    { x: 4, y: 2, decimals: 0, year: 2017, value: 2 },
  ];
  it("is the line's own point, or between its neighbours, and nowhere outside the line", () => {
    expect(onLine(pts, 0)).toBe(10);
    expect(onLine(pts, 1)).toBe(8);
    expect(onLine(pts, -1)).toBeNull();
    expect(onLine(pts, 5)).toBeNull();
  });
});

describe("rangeTicks: a value axis that crosses zero", () => {
  it("covers negative and positive values with round steps and zero among the ticks", () => {
    const t = rangeTicks(-31.28, 4, 6);
    expect(t[0]).toBeLessThanOrEqual(-31.28);
    expect(t.at(-1)).toBeGreaterThanOrEqual(4);
    expect(t).toContain(0);
    const steps = new Set(t.slice(1).map((v, i) => Number((v - t[i]!).toFixed(9))));
    expect(steps.size).toBe(1);
  });
  it("starts at zero for positive data", () => {
    expect(rangeTicks(3, 40, 5)[0]).toBe(0);
  });
});

describe("the campaign band and the exit lines cite records that exist", () => {
  const rows = (file: string): Record<string, string>[] =>
    parse(fs.readFileSync(`content/data/${file}`, "utf8"), { columns: true });
  const sources = new Set(rows("sources.csv").map((r) => r.id));
  const events = rows("events.csv");

  it("names only sources in sources.csv", () => {
    for (const id of [...CAMPAIGN_SOURCES, EXIT_RULES.source]) expect(sources, id).toContain(id);
  });
  it("has each end of the band and the exit lines' figures in an event of those sources", () => {
    const cited = (source: string) => events.filter((e) => e.source === source);
    expect(CAMPAIGN_SOURCES.some((s) => cited(s).some((e) => e.date!.startsWith(String(CAMPAIGN.from))))).toBe(true);
    expect(CAMPAIGN_SOURCES.some((s) => cited(s).some((e) => e.date!.startsWith(String(CAMPAIGN.to))))).toBe(true);
    const said = cited(EXIT_RULES.source)
      .map((e) => e.label_zh)
      .join(" ");
    for (const line of EXIT_RULES.lines) expect(said).toContain(`${line.value}%`);
  });
});

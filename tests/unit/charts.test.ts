import { describe, expect, it } from "vitest";
import { renderLineChart } from "chart-svg";
import { tickLabel, valueTicks, yearTicks } from "@/components/charts/scale";
import { UNITS } from "@/lib/themes";

describe("chart axes", () => {
  it.each([
    [27.4, 5, [0, 10, 20, 30]],
    [31.93, 4, [0, 10, 20, 30, 40]],
    [9899, 5, [0, 2000, 4000, 6000, 8000, 10000]],
    [0.6, 4, [0, 0.2, 0.4, 0.6]],
    [17.73, 4, [0, 5, 10, 15, 20]],
    [9, 4, [0, 2.5, 5, 7.5, 10]],
  ])("max %s in at most %s steps → %j", (max, n, ticks) => {
    const got = valueTicks(max, n);
    expect(got).toEqual(ticks);
    const step = got[1]! - got[0]!;
    expect(got.every((t, i) => Math.abs(t - i * step) < 1e-9)).toBe(true);
    expect(step / 10 ** Math.floor(Math.log10(step))).toSatisfy((m: number) =>
      [1, 2, 2.5, 5].some((x) => Math.abs(x - m) < 1e-9),
    );
  });

  it("labels one way per locale: grouped thousands, same in zh and en", () => {
    // Every unit, at values with and without decimals and thousands: the zh label is the en label.
    for (const unit of UNITS)
      for (const v of [0, 0.6, 2.5, 27.4, 7500, 10000, 1234567.25])
        expect(tickLabel(v, unit, "zh"), `${unit} ${v}`).toBe(tickLabel(v, unit, "en"));
    for (const locale of ["zh", "en"] as const) {
      expect([7500, 10000].map((v) => tickLabel(v, "10k_persons", locale))).toEqual(["7,500", "10,000"]);
      expect(tickLabel(2.5, "percent", locale)).toBe("2.5%");
    }
  });

  it("year ticks are the first and last year and round years between them that fit", () => {
    expect(yearTicks(2011, 2019, 600, 13)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    // 2012 and 2018 would crowd the ends (one year is 29 px, a label needs 50).
    expect(yearTicks(2011, 2019, 230, 12)).toEqual([2011, 2014, 2016, 2019]);
    // Hunan's series ends in 2019: the last year is labelled, not only the round 2018.
    expect(yearTicks(2010, 2019, 300, 12)).toEqual([2010, 2012, 2014, 2016, 2019]);
  });
});

describe("server-drawn SVG", () => {
  // The frame both drawings share: 2013–2019 at the narrowest drawing's size.
  const frame = {
    width: 340,
    height: 240,
    fontSize: 12,
    xDomain: [2013, 2019] as [number, number],
    xTicks: [2014, 2016, 2018],
    yAxisWidth: 40,
    events: [],
  };
  const svg = renderLineChart({
    ...frame,
    id: "t",
    title: "T",
    yDomain: [0, 40],
    yTicks: [0, 10, 20, 30, 40],
    yLabels: { "0": "0%", "10": "10%", "20": "20%", "30": "30%", "40": "40%" },
    series: [
      {
        id: "xiangxi--official",
        colour: "#0072B2",
        baseline: false,
        points: [
          { year: 2013, value: 31.93 },
          { year: 2016, value: 16.14 },
          { year: 2018, value: 4.39 },
          { year: 2019, value: 0.65 },
        ],
      },
      {
        id: "hunan--registered-poor",
        colour: "#D55E00",
        dash: "6 4",
        baseline: false,
        points: [{ year: 2014, value: 12.8 }],
        singleLabel: "12.8% (2014)",
      },
    ],
  });

  it("is one <svg> with a marker per observation carrying its year and exact value", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    const marks = [
      ...svg.matchAll(/<circle class="chart-point" data-series="([^"]+)" data-year="(\d+)" data-value="([^"]+)"/g),
    ].map((m) => `${m[1]}@${m[2]}=${m[3]}`);
    expect(marks).toEqual([
      "xiangxi--official@2013=31.93",
      "xiangxi--official@2016=16.14",
      "xiangxi--official@2018=4.39",
      "xiangxi--official@2019=0.65",
      "hunan--registered-poor@2014=12.8",
    ]);
  });

  it("joins observations across missing years with a dashed gap line, and labels a single point", () => {
    expect(svg).toMatch(
      /class="recharts-layer recharts-line series-line gap-line"><path[^>]*stroke-dasharray="4 4"[^>]*d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+"/,
    );
    expect(svg).toContain(">12.8% (2014)</text>");
    expect(svg).not.toMatch(/ style="/);
  });

  // An indexed view: every line starts at 100, the top of the plot, where the campaign band prints its name.
  const indexed = (bands?: { from: number; to: number; label: string }[]) =>
    renderLineChart({
      ...frame,
      id: "i",
      title: "I",
      yDomain: [0, 100],
      yTicks: [0, 50, 100],
      yLabels: { "0": "0", "50": "50", "100": "100" },
      series: [
        {
          id: "a",
          colour: "#0072B2",
          baseline: false,
          points: [{ year: 2014, value: 100 }],
          singleLabel: "100 (2014)",
        },
      ],
      bands,
    });
  const place = (svg: string, cls: string) => {
    const m = new RegExp(`<text[^>]*class="[^"]*${cls}[^"]*"[^>]*>`).exec(svg)?.[0] ?? "";
    return { x: Number(/ x="([\d.]+)"/.exec(m)?.[1]), y: Number(/ y="([\d.]+)"/.exec(m)?.[1]) };
  };
  const marker = (svg: string) => Number(/<circle class="chart-point"[^>]* cy="([\d.]+)"/.exec(svg)?.[1]);

  it("puts a lone point's label below its marker where a band names itself in the same row", () => {
    const banded = indexed([{ from: 2013, to: 2020, label: "Targeted poverty alleviation 2013–2020" }]);
    const band = /<text[^>]*>(?:<tspan[^>]*>)?Targeted poverty alleviation/.exec(banded)?.[0] ?? "";
    const bandY = Number(/ y="([\d.]+)"/.exec(band)?.[1]);
    expect(Number.isFinite(bandY)).toBe(true);
    const label = place(banded, "single-label");
    // SVG text y is its baseline: the label's top (baseline − font size) clears the band name's baseline.
    expect(label.y - 12).toBeGreaterThan(bandY);
    expect(label.y).toBeGreaterThan(marker(banded));
    // Without a band the label stays beside the marker.
    const plain = indexed();
    expect(place(plain, "single-label").y).toBeCloseTo(marker(plain) + 4, 5);
  });
});

import { describe, expect, it } from "vitest";
import { BASELINE_COLOUR, chartColours, REGION_PALETTE, regionColour } from "@/lib/charts/colours";
import { chartSummary } from "@/lib/charts/summary";
import { series } from "./series-fixture";

const ALL = ["china", "enshi", "hubei", "hunan", "lichuan", "shiyan", "xiangxi", "zhuxi", "a1", "a2"];

describe("region colours", () => {
  it("gives a region the same colour whatever else is on the chart", () => {
    const alone = chartColours(["xiangxi", "china"], ALL).get("xiangxi");
    expect(chartColours(["hunan", "xiangxi"], ALL).get("xiangxi")).toBe(alone);
    expect(chartColours(["lichuan", "zhuxi", "xiangxi", "china"], ALL).get("xiangxi")).toBe(alone);
    expect(alone).toBe(regionColour("xiangxi", ALL));
  });

  it("draws the baseline grey and never gives a region the baseline's grey", () => {
    expect(chartColours(["china", "hunan"], ALL).get("china")).toBe(BASELINE_COLOUR);
    for (const r of ALL.slice(1)) expect(regionColour(r, ALL)).not.toBe(BASELINE_COLOUR);
  });

  it("gives two regions of one chart different colours even when they share one (more regions than colours)", () => {
    const others = ALL.filter((r) => r !== "china").sort();
    const [a, b] = [others[0]!, others[REGION_PALETTE.length]!];
    expect(regionColour(a, ALL)).toBe(regionColour(b, ALL));
    const c = chartColours([a, b], ALL);
    expect(c.get(a)).toBe(regionColour(a, ALL));
    expect(c.get(b)).not.toBe(c.get(a));
  });
});

describe("chart summary", () => {
  const xiangxi = series("xiangxi", "Xiangxi", [
    [2013, 31.93, 2],
    [2014, 25.8, 1],
    [2016, 16.14, 2],
    [2019, 0.65, 2],
  ]);

  it("gives first and last figure, the change in points and the largest fall, in English", () => {
    expect(chartSummary([xiangxi], "percent", "en")).toEqual([
      "Xiangxi: from 31.93% in 2013 to 0.65% in 2019, down 31.28 percentage points. " +
        "The largest fall between two consecutive figures was from 2016 to 2019, down 15.49 percentage points.",
    ]);
  });

  it("writes a fall as 下降 … 个百分点 in Chinese, never as a signed change", () => {
    const [text] = chartSummary([{ ...xiangxi, label: "湘西州" }], "percent", "zh");
    expect(text).toBe(
      "湘西州：从2013年的31.93%到2019年的0.65%，下降31.28个百分点。相邻两个数字之间降幅最大的是2016年至2019年，下降15.49个百分点。",
    );
    expect(text).not.toMatch(/-\d/);
  });

  it("gives other units' change in percent of the first figure, and a rise as up/上升", () => {
    const gdp = series("lichuan", "Lichuan", [
      [2015, 100, 0],
      [2018, 150, 0],
    ]);
    expect(chartSummary([gdp], "100m_yuan", "en")).toEqual([
      "Lichuan: from 10 billion yuan in 2015 to 15 billion yuan in 2018, up 50.0%.",
    ]);
    expect(chartSummary([{ ...gdp, label: "利川市" }], "100m_yuan", "zh")[0]).toContain("上升50.0%");
  });

  it("says when a series has one figure, and names the basis when a region has two series", () => {
    const a = series("hunan", "Hunan", [[2014, 682, 0]], "official");
    const b = { ...series("hunan", "Hunan", [[2014, 596, 0]], "registered-poor"), id: "hunan--registered-poor" };
    expect(chartSummary([a, b], "10k_persons", "en")).toEqual([
      "Hunan, official: one figure, 6.82 million people in 2014.",
      "Hunan, registered-poor: one figure, 5.96 million people in 2014.",
    ]);
  });
});

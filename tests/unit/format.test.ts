import { describe, expect, it } from "vitest";
import { formatPartialDate } from "@/lib/format/date";
import { formatBytes, formatPlain, formatValue, percentagePoints, shiftDecimal } from "@/lib/format/number";

describe("formatValue", () => {
  it.each([
    [65.77, 2, "10k_persons", "65.77万人", "657,700 people"],
    [1.56, 2, "10k_persons", "1.56万人", "15,600 people"],
    [9899, 0, "10k_persons", "9,899万人", "98.99 million people"],
    [21.9119, 4, "10k_persons", "219,119人", "219,119 people"],
    [418.9, 1, "100m_yuan", "418.9亿元", "41.89 billion yuan"],
    [199.15, 2, "100m_yuan", "199.15亿元", "19.915 billion yuan"],
    [16171, 0, "yuan", "16,171元", "16,171 yuan"],
    [1980, 0, "yuan_per_year", "1,980元/年", "1,980 yuan a year"],
    [106, 0, "yuan_per_month", "106元/月", "106 yuan a month"],
    [73, 0, "villages", "73个村", "73 villages"],
    [33500, 0, "households", "33,500户", "33,500 households"],
  ] as const)("%s %s → %s / %s", (value, decimals, unit, zh, en) => {
    expect(formatValue(value, decimals, unit, "zh")).toBe(zh);
    expect(formatValue(value, decimals, unit, "en")).toBe(en);
  });

  it("keeps the precision the source published", () => {
    expect(formatValue(0.25, 2, "percent", "en")).toBe("0.25%");
    expect(formatValue(0.6, 1, "percent", "zh")).toBe("0.6%");
    expect(formatValue(0.6, 2, "percent", "zh")).toBe("0.60%");
    expect(formatValue(27.4, 1, "percent", "en")).toBe("27.4%");
  });
});

describe("shiftDecimal", () => {
  it("moves the point without floating-point error", () => {
    expect(shiftDecimal("65.77", 4)).toBe("657700");
    expect(shiftDecimal("0.07", 4)).toBe("700");
    expect(shiftDecimal("551", -2)).toBe("5.51");
    expect(shiftDecimal("5", -3)).toBe("0.005");
    expect(shiftDecimal("-1.5", 1)).toBe("-15");
  });
});

describe("percentagePoints and dates", () => {
  it("computes the change at the larger precision", () => {
    expect(percentagePoints({ value: 27.4, decimals: 1 }, { value: 0.25, decimals: 2 })).toEqual({
      value: -27.15,
      decimals: 2,
    });
    expect(formatPlain(-27.15, 2)).toBe("-27.15");
  });
  it("formats partial dates in both languages", () => {
    expect(formatPartialDate("2020-04", "zh")).toBe("2020年4月");
    expect(formatPartialDate("2020-04", "en")).toBe("April 2020");
    expect(formatPartialDate("2013-11-03", "en")).toBe("3 November 2013");
    expect(formatPartialDate("2019", "zh")).toBe("2019年");
  });
});

describe("feeds", async () => {
  const { atomFeed } = await import("@/lib/format/atom");

  it("escapes an Atom feed's text and dates its entries", () => {
    const xml = atomFeed({
      id: "https://e.org/zh/feed.xml",
      title: "A & B",
      subtitle: "s",
      lang: "zh-CN",
      self: "https://e.org/zh/feed.xml",
      home: "https://e.org/zh",
      author: "x",
      entries: [
        {
          id: "https://e.org/zh/cases/a",
          title: "<a>",
          url: "https://e.org/zh/cases/a",
          updated: "2026-11-30",
          summary: "s",
        },
      ],
    });
    expect(xml).toContain("<title>A &amp; B</title>");
    expect(xml).toContain("<title>&lt;a&gt;</title>");
    expect(xml).toContain("<updated>2026-11-30T00:00:00Z</updated>");
  });
});

describe("formatBytes", () => {
  it.each([
    [618, "618 B", "618 B"],
    [33183, "33.2 kB", "33.2 kB"],
    [135168, "135.2 kB", "135.2 kB"],
    [1_240_000, "1.2 MB", "1.2 MB"],
  ])("%d bytes", (bytes, zh, en) => {
    expect(formatBytes(bytes, "zh")).toBe(zh);
    expect(formatBytes(bytes, "en")).toBe(en);
  });
});

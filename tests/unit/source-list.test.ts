import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { SourceList } from "@/components/case/source-list";
import { groupSupports, sourceRecord, type SupportedFigure } from "@/lib/data/source-refs";
import type { Source } from "@/lib/data/types";
import type { Locale } from "@/lib/i18n/routing";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

vi.mock("next-intl/server", () => ({
  getTranslations:
    async ({ locale }: { locale: Locale }) =>
    (key: keyof typeof en.Case) =>
      (locale === "zh" ? zh : en).Case[key],
}));

const source = (over: Partial<Source>): Source => ({
  id: "s",
  title: "湘西州精准扶贫案例研究",
  titleEn: "Case study of Xiangxi",
  author: null,
  publisher: { zh: "半月谈", en: "Banyuetan" },
  date: "2017-03-11",
  url: null,
  locator: null,
  language: "zh",
  note: null,
  ...over,
});

const text = async (sources: Source[], locale: Locale, supports = new Map<string, SupportedFigure[]>()) =>
  renderToStaticMarkup((await SourceList({ sources, supports, locale })) as ReactElement).replace(/<[^>]+>/g, "");

describe("a source's record says what is unknown", () => {
  it("says author unknown, publisher unknown and undated instead of leaving them out", async () => {
    const bare = source({ author: null, publisher: { zh: "", en: " " }, date: null });
    const e = await text([bare], "en");
    expect(e).toContain("Author unknown. Case study of Xiangxi (湘西州精准扶贫案例研究). Publisher unknown, undated.");
    const z = await text([bare], "zh");
    expect(z).toContain("作者不详：《湘西州精准扶贫案例研究》，出版者不详，未注明日期。");
    // A Source without the author field at all (a database from before the column) is the same.
    expect(await text([source({ publisher: { zh: "", en: "" }, date: null })], "en")).toContain("Author unknown");
  });

  it("shows the author, publisher and date when the source gives them", async () => {
    const known = source({ author: { zh: "赖泳源", en: "Lai Yongyuan" } });
    const e = await text([known], "en");
    expect(e).toContain("Lai Yongyuan. Case study of Xiangxi (湘西州精准扶贫案例研究). Banyuetan, 11 March 2017.");
    expect(e).not.toMatch(/unknown|undated/);
    expect(await text([known], "zh")).toContain("赖泳源：《湘西州精准扶贫案例研究》，半月谈，2017年3月11日。");
    expect(sourceRecord(known, "en")).toEqual({
      author: "Lai Yongyuan",
      publisher: "Banyuetan",
      date: "11 March 2017",
    });
    expect(sourceRecord(source({ date: null, publisher: { zh: "", en: "" } }), "zh")).toEqual({
      author: null,
      publisher: null,
      date: null,
    });
  });
});

const fig = (
  region: string,
  indicator: string,
  year: number | null,
  value: string,
  basis = "official",
  inText = false,
): SupportedFigure => ({
  id: `fig-${region}-${indicator}-${year}-${basis}`,
  region: { key: region, name: region === "xiangxi" ? "Xiangxi" : "China" },
  indicator: { key: indicator, name: indicator === "inc" ? "Poverty incidence" : "Poor population" },
  basis: { key: basis, name: basis === "official" ? "Local official figure" : "Registered poor" },
  year,
  value,
  inText,
});

describe("a source's supported figures, by region and indicator", () => {
  const figures = [
    fig("xiangxi", "inc", 2019, "0.65%", "official", true),
    fig("china", "inc", 2015, "5.7%"),
    fig("xiangxi", "pop", 2013, "657,700 people"),
    fig("xiangxi", "inc", 2013, "31.93%", "official", true),
    fig("xiangxi", "pop", 2014, "600,000 people", "registered-poor"),
  ];

  it("groups by region in order of first mention, then by indicator, with years ascending", () => {
    const groups = groupSupports(figures);
    expect(groups.map((g) => g.region.key)).toEqual(["xiangxi", "china"]);
    expect(groups[0]!.series.map((s) => [s.indicator.key, s.basis, s.figures.map((f) => f.year)])).toEqual([
      ["inc", null, [2013, 2019]],
      // One indicator on two bases: each line names its basis.
      ["pop", "Local official figure", [2013]],
      ["pop", "Registered poor", [2014]],
    ]);
  });

  it("renders one line per indicator under its region, each figure linked back to the text when cited there", async () => {
    const html = renderToStaticMarkup(
      (await SourceList({
        sources: [source({ id: "s" })],
        supports: new Map([["s", figures]]),
        locale: "en",
      })) as ReactElement,
    );
    const lines = [
      ...html.matchAll(
        /<span class="supports-region">([^<]+)<\/span>|<li><span class="supports-indicator">(.*?)<\/li>/g,
      ),
    ].map((m) => (m[1] ?? m[2]!).replace(/<[^>]+>/g, ""));
    expect(lines).toEqual([
      "Xiangxi",
      "Poverty incidence: 2013 31.93% ↩, 2019 0.65% ↩",
      "Poor population (Local official figure): 2013 657,700 people",
      "Poor population (Registered poor): 2014 600,000 people",
      "China",
      "Poverty incidence: 2015 5.7%",
    ]);
    expect(html).toContain('<a href="#fig-xiangxi-inc-2013-official" title="back to the text">2013 31.93% ↩</a>');
  });

  it("lists a key fact without a year by its value alone", async () => {
    const t = await text([source({ id: "s" })], "zh", new Map([["s", [fig("xiangxi", "pop", null, "299.3万人")]]]));
    expect(t).toContain("Poor population：299.3万人");
  });
});

import { describe, expect, it } from "vitest";
import { caseItem, sourceItem } from "@/lib/data/cite-items";
import type { Source } from "@/lib/data/types";
import { citationParts, partsText, renderCitation, renderStyle } from "@/lib/format/cite";
import { citationFormats } from "@/lib/format/csl";

// The expected strings follow each style's rules, not a copy of the engine's output:
// - GB/T 7714-2015 §4.6 online resource: 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
//   §4.4 newspaper article: 主要责任者. 题名[N]. 报纸名, 出版日期(版次). Its separators are the half-width ". ", ", ",
//   "( )" and "[ ]" in Chinese entries too, as in the standard's own examples (see lib/format/csl/README.md).
// - APA 7 web page by a group author: Author. (Year, Month Day). Title. URL (the site's name is left out when it is
//   the author; no full stop after a URL). A non-English title is followed by its translation in brackets.
// - Chicago author-date (18th ed.) web page: Author. Year. “Title.” Month Day. URL. English titles in headline case.
const zhCase = caseItem({
  slug: "xiangxi",
  locale: "zh",
  site: "中国减贫案例库",
  title: "湘西州：从深度贫困到整体脱贫",
  url: "https://example.org/zh/cases/xiangxi",
  updated: "2026-11-30",
  accessed: "2026-12-03",
});
const enCase = caseItem({
  slug: "xiangxi",
  locale: "en",
  site: "China Poverty Alleviation Case Library",
  title: "Xiangxi: from deep poverty to none",
  url: "https://example.org/en/cases/xiangxi",
  updated: "2026-11-30",
  accessed: "2026-12-03",
});
// Read in a reprint: the record gives no URL (only an original's is ever recorded) and cites the newspaper and page.
const reprinted: Source = {
  id: "peoples-daily-2020-01-25",
  title: "全国农村贫困人口去年减少1109万人",
  titleEn: "China's rural poor fell by 11.09 million last year",
  author: { zh: "陆娅楠", en: "Lu Yanan" },
  publisher: { zh: "人民日报", en: "People's Daily" },
  date: "2020-01-25",
  url: null,
  locator: { zh: "第1版", en: "p. 1" },
  language: "zh",
  note: { zh: "报道国家统计局公布的数字。", en: "Reports National Bureau of Statistics figures." },
};
const webSource: Source = {
  id: "cnr-2017-07-16",
  title: "湖南湘西依托“湘西模式”助力35万人脱贫 定位发展新目标",
  titleEn: "Xiangxi lifts 350,000 people out of poverty",
  author: { zh: "凌晨", en: "Ling Chen" },
  publisher: { zh: "央广网", en: "CNR" },
  date: "2017-07-16",
  url: "http://www.cnr.cn/newscenter/native/gd/20170716/t20170716_523851988.shtml",
  locator: null,
  language: "zh",
  note: null,
};
const report: Source = {
  id: "nbs-rural-poverty-2017-07",
  title: "国家统计局农村贫困状况报告",
  titleEn: "NBS report on rural poverty reduction",
  author: null,
  publisher: { zh: "国家统计局", en: "National Bureau of Statistics" },
  date: "2017-07",
  url: null,
  locator: null,
  language: "zh",
  note: null,
};

describe("a case page in Chinese", () => {
  it("in GB/T 7714-2015, APA 7 and Chicago", () => {
    expect(renderCitation([zhCase], "gbt7714")).toBe(
      "中国减贫案例库. 湘西州：从深度贫困到整体脱贫[EB/OL]. (2026-11-30)[2026-12-03]. https://example.org/zh/cases/xiangxi.",
    );
    expect(renderCitation([zhCase], "apa7")).toBe(
      "中国减贫案例库. (2026, November 30). 湘西州：从深度贫困到整体脱贫. https://example.org/zh/cases/xiangxi",
    );
    expect(renderCitation([zhCase], "chicago")).toBe(
      "中国减贫案例库. 2026. “湘西州：从深度贫困到整体脱贫.” November 30. https://example.org/zh/cases/xiangxi.",
    );
  });

  it("in BibTeX (biblatex) and RIS, Chinese kept as it is", () => {
    expect(renderCitation([zhCase], "bibtex")).toBe(
      [
        "@online{pcl-xiangxi-zh,",
        "\tnote = {[Online; accessed 2026-12-03]},",
        "\turldate = {2026-12-03},",
        "\tauthor = {{中国减贫案例库}},",
        "\tdate = {2026-11-30},",
        "\tlanguage = {zh-CN},",
        "\ttitle = {湘西州：从深度贫困到整体脱贫},",
        "\turl = {https://example.org/zh/cases/xiangxi},",
        "}",
      ].join("\n"),
    );
    expect(renderCitation([zhCase], "ris")).toBe(
      [
        "TY  - ELEC",
        "AU  - 中国减贫案例库",
        "DA  - 2026/11/30/",
        "PY  - 2026",
        "ID  - pcl-xiangxi-zh",
        "LA  - zh-CN",
        "M1  - 2026/12/3/",
        "TI  - 湘西州：从深度贫困到整体脱贫",
        "UR  - https://example.org/zh/cases/xiangxi",
        "ER  - ",
      ].join("\n"),
    );
  });
});

describe("a case page in English", () => {
  it("in APA 7 (title as written) and Chicago (headline case); no GB/T 7714 on English pages", () => {
    expect(renderCitation([enCase], "apa7")).toBe(
      "China Poverty Alleviation Case Library. (2026, November 30). Xiangxi: from deep poverty to none. https://example.org/en/cases/xiangxi",
    );
    expect(renderCitation([enCase], "chicago")).toBe(
      "China Poverty Alleviation Case Library. 2026. “Xiangxi: From Deep Poverty to None.” November 30. https://example.org/en/cases/xiangxi.",
    );
    expect(citationFormats("en")).toEqual(["apa7", "chicago", "bibtex", "ris"]);
    expect(citationFormats("zh")).toEqual(["gbt7714", "apa7", "chicago", "bibtex", "ris"]);
  });

  it("cites an edition by its own address and date, with its number as the version", () => {
    const edition = { number: 3, date: "2027-01-15", url: "https://example.org/en/cases/xiangxi/v/3" };
    const item = caseItem({
      ...{ slug: "xiangxi", locale: "en", site: "Library", title: "Xiangxi" },
      url: "u",
      updated: "2026-11-30",
      edition,
    });
    expect(item).toMatchObject({
      id: "pcl-xiangxi-en-v3",
      version: "3",
      URL: edition.url,
      issued: { "date-parts": [[2027, 1, 15]] },
    });
    expect(renderCitation([item], "chicago")).toBe(
      "Library. 2027. “Xiangxi.” Version 3. January 15. https://example.org/en/cases/xiangxi/v/3.",
    );
    expect(renderCitation([item], "bibtex")).toContain("\tversion = {3},");
  });
});

describe("sources", () => {
  it("a newspaper article read in a reprint is cited as the original: paper, date and page, no URL", () => {
    const zh = sourceItem(reprinted, "zh");
    expect(zh).not.toHaveProperty("URL");
    expect(renderCitation([zh], "gbt7714")).toBe(
      "陆娅楠. 全国农村贫困人口去年减少1109万人[N]. 人民日报, 2020-01-25(1).",
    );
    const en = sourceItem(reprinted, "en");
    expect(renderCitation([en], "apa7")).toBe(
      "Lu Yanan. (2020, January 25). 全国农村贫困人口去年减少1109万人 [China’s rural poor fell by 11.09 million last year]. People’s Daily, 1.",
    );
    expect(renderCitation([en], "chicago")).toBe(
      "Lu Yanan. 2020. “全国农村贫困人口去年减少1109万人 [China’s rural poor fell by 11.09 million last year].” People’s Daily, January 25.",
    );
    expect(renderCitation([en], "ris")).toContain(
      "T2  - People's Daily\nTI  - 全国农村贫困人口去年减少1109万人 [China's rural poor fell by 11.09 million last year]",
    );
  });

  it("a web page with its URL, and a document by its publisher", () => {
    expect(renderCitation([sourceItem(webSource, "zh")], "gbt7714")).toBe(
      "凌晨. 湖南湘西依托“湘西模式”助力35万人脱贫 定位发展新目标[EB/OL]. (2017-07-16). http://www.cnr.cn/newscenter/native/gd/20170716/t20170716_523851988.shtml.",
    );
    expect(renderCitation([sourceItem(report, "zh")], "gbt7714")).toBe(
      "国家统计局农村贫困状况报告[Z]. 国家统计局, 2017.",
    );
    expect(renderCitation([sourceItem(report, "en")], "apa7")).toBe(
      "国家统计局农村贫困状况报告 [NBS report on rural poverty reduction]. (2017, July). National Bureau of Statistics.",
    );
  });

  it("several at once keep their order", () => {
    const items = [report, reprinted, webSource].map((s) => sourceItem(s, "zh"));
    expect(renderStyle(items, "gbt7714").map((t) => t.slice(0, 5))).toEqual(["国家统计局", "陆娅楠. ", "凌晨. 湖"]);
  });
});

describe("GB/T 7714 in Chinese", () => {
  const entries = [
    { item: zhCase, names: ["中国减贫案例库", "湘西州：从深度贫困到整体脱贫"] },
    { item: sourceItem(reprinted, "zh"), names: ["陆娅楠", "全国农村贫困人口去年减少1109万人", "人民日报"] },
    { item: sourceItem(webSource, "zh"), names: ["凌晨", webSource.title] },
    { item: sourceItem(report, "zh"), names: ["国家统计局农村贫困状况报告", "国家统计局"] },
  ];
  // What the style itself writes, once the record's own names and titles (which may hold any punctuation) are out.
  const skeleton = (text: string, names: string[]) =>
    names.reduce((t, n) => t.replaceAll(n, "◇"), text).replace(/https?:\/\/\S+?(?=\.?$)/, "URL");

  it("has no English words: only the standard's type codes and the URL are in Latin letters", () => {
    for (const { item, names } of entries) {
      const words = skeleton(renderCitation([item], "gbt7714"), names)
        .replace(/\[(EB|N|Z)(\/OL)?\]/, "")
        .replace("URL", "");
      expect(words).not.toMatch(/[A-Za-z]/);
    }
  });

  it("uses the standard's half-width separators, never full-width ones", () => {
    const shapes = entries.map(({ item, names }) => skeleton(renderCitation([item], "gbt7714"), names));
    expect(shapes).toEqual([
      "◇. ◇[EB/OL]. (2026-11-30)[2026-12-03]. URL.",
      "◇. ◇[N]. ◇, 2020-01-25(1).",
      "◇. ◇[EB/OL]. (2017-07-16). URL.",
      "◇[Z]. ◇, 2017.",
    ]);
    for (const s of shapes) expect(s).not.toMatch(/[。，：；（）［］【】、]/);
  });
});

describe("the reader's access date and origin", () => {
  it("cuts the citation where the access date and the origin go, in every format", () => {
    for (const format of citationFormats("zh")) {
      const parts = citationParts(zhCase, format, "https://example.org");
      expect(partsText(parts, "2026-12-03", "https://example.org")).toBe(renderCitation([zhCase], format));
      // Nothing of the probe's date is left in the text.
      expect(parts.filter((p) => typeof p === "string").join("")).not.toMatch(/1901/);
    }
    expect(citationParts(zhCase, "gbt7714", null)).toEqual([
      "中国减贫案例库. 湘西州：从深度贫困到整体脱贫[EB/OL]. (2026-11-30)[",
      { accessed: "iso" },
      "]. https://example.org/zh/cases/xiangxi.",
    ]);
    expect(citationParts(zhCase, "ris", "https://example.org")).toContainEqual({ accessed: "ris" });
    expect(partsText(citationParts(zhCase, "gbt7714", "https://example.org"), "2027-01-02", "https://e.net")).toBe(
      "中国减贫案例库. 湘西州：从深度贫困到整体脱贫[EB/OL]. (2026-11-30)[2027-01-02]. https://e.net/zh/cases/xiangxi.",
    );
  });
});

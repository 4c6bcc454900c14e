import { describe, expect, it } from "vitest";
import {
  broaden,
  cjkPieces,
  cleanUrl,
  highlight,
  langOf,
  phraseQuery,
  rankHits,
  snippet,
  type PagefindData,
} from "../../lib/search/rank";

const page = (url: string, title: string, content: string, extra: Partial<PagefindData> = {}): PagefindData => ({
  url,
  content,
  excerpt: content.slice(0, 30),
  meta: { title },
  anchors: [],
  sub_results: [],
  ...extra,
});

describe("search ranking", () => {
  it("runs a multi-character Chinese query as a phrase too, but not English or one character", () => {
    expect(phraseQuery("扶贫车间")).toBe('"扶贫车间"');
    expect(phraseQuery("relocation")).toBeNull();
    expect(phraseQuery("poverty alleviation workshop")).toBe('"poverty alleviation workshop"');
    expect(phraseQuery("扶")).toBeNull();
    expect(phraseQuery('"扶贫"')).toBeNull();
  });

  it("puts the page's own language first, then headings, titles and whole phrases; labels the other language", () => {
    const scattered = page("/zh/cases/a.html", "甲", "扶持贫困户的车间在村里。");
    const phrase = page("/zh/cases/xiangxi.html", "湘西州", "湘西建了很多扶贫车间，扶贫车间让人就近就业。");
    const glossary = page("/zh/glossary.html", "术语表", "术语表. 扶贫车间 fúpín chējiān. 扶贫车间是设在村里的工厂。", {
      anchors: [{ element: "h2", id: "fupin-chejian", text: "扶贫车间 fúpín chējiān" }],
    });
    const english = page(
      "/en/glossary.html",
      "Glossary",
      "Glossary. 扶贫车间 fúpín chējiān · Poverty alleviation workshop.",
    );
    const hits = rankHits([english, phrase, glossary], [scattered, phrase], "扶贫车间", "zh", 10);
    // The page with 扶持贫困户的车间 has the characters of 扶贫车间 but not the word: it is not a hit.
    expect(hits.map((h) => h.url)).toEqual(["/zh/glossary", "/zh/cases/xiangxi", "/en/glossary"]);
    expect(hits[0]!.snippets[0]!.url).toBe("/zh/glossary#fupin-chejian");
    expect(hits.map((h) => h.otherLanguage)).toEqual([false, false, true]);
  });

  it("finds a two-character Chinese word only where it stands whole: 电商 is not 电焊 followed by 商品", () => {
    const welder = page("/zh/cases/xiangxi.html", "湘西州", "打造湘西电焊工等劳务品牌，发展商品生产。");
    const ecommerce = page("/zh/cases/hunan.html", "湖南省", "开展电商扶贫专项行动。");
    const hits = rankHits([ecommerce], [welder, ecommerce], "电商", "zh", 10);
    expect(hits.map((h) => h.url)).toEqual(["/zh/cases/hunan"]);
    // Each word of a query of several words must stand whole; English words are left to Pagefind.
    expect(rankHits([], [ecommerce], "电商 扶贫", "zh", 10)).toHaveLength(1);
    expect(rankHits([], [ecommerce], "电商 搬迁", "zh", 10)).toHaveLength(0);
  });

  it("still finds a longer word's parts apart: 易地搬迁 finds 易地扶贫搬迁", () => {
    const relocation = page("/zh/cases/lichuan.html", "利川市", "实施易地扶贫搬迁。");
    expect(rankHits([], [relocation], "易地搬迁", "zh", 10)).toHaveLength(1);
    expect(cjkPieces("电商")).toEqual(["电商"]);
  });

  it("widens a snippet that starts or ends inside a word to whole words", () => {
    const content = "国家实施八七扶贫攻坚计划以后，扶贫开发进入新阶段。";
    const html = snippet("七<mark>扶贫</mark>攻坚计划以后，扶贫开", content, "扶贫");
    expect(html.replace(/<[^>]*>/g, "")).toBe("国家实施八七扶贫攻坚计划以后，扶贫开发进入新阶段。");
    const en = snippet(
      "ocation of poor <mark>households</mark> to new",
      "The relocation of poor households to new towns.",
      "households",
    );
    expect(en.replace(/<[^>]*>/g, "")).toBe("relocation of poor households to new");
  });

  it("trims English word endings so other forms of a word are found, and leaves Chinese alone", () => {
    expect(broaden("relocate")).toBe("relocat");
    expect(broaden("poverty alleviation workshops")).toBe("poverty allevi workshop");
    expect(broaden("扶贫车间")).toBe("扶贫车间");
    expect(broaden("Lanxi")).toBe("Lanxi");
    expect(broaden("data")).toBe("data");
  });

  it("does not repeat the section heading at the start of its snippet", () => {
    const content = "Glossary. 易地扶贫搬迁 yìdì · Relocation. Relocation moves poor people.";
    expect(
      snippet(
        "易地扶贫搬迁 yìdì · Relocation. Relocation moves",
        content,
        "relocation",
        "易地扶贫搬迁 yìdì · Relocation",
      ).replace(/<[^>]*>/g, ""),
    ).toBe("Relocation moves");
  });

  it("escapes page text and marks the query", () => {
    expect(highlight("a <b> 扶贫车间 c", "扶贫车间")).toBe("a &lt;b&gt; <mark>扶贫车间</mark> c");
  });

  it("maps Pagefind URLs to the site's and tells the language", () => {
    expect(cleanUrl("/en/cases/hunan.html#background")).toBe("/en/cases/hunan#background");
    expect(langOf("/en/glossary.html")).toBe("en");
    expect(langOf("/zh/glossary.html")).toBe("zh");
  });
});

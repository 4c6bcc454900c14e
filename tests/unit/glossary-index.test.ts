import { describe, expect, it } from "vitest";
import { comparePinyin, glossaryIndex, indexLetter, pinyinLetters } from "@/lib/content/glossary-index";

const term = (zh: string, pinyin: string, en = zh) => ({ zh, pinyin, en });
const zhOrder = (...terms: ReturnType<typeof term>[]) => [...terms].sort(comparePinyin).map((t) => t.zh);

describe("pinyin order", () => {
  it("reads the letters without tones, spaces, hyphens or apostrophes, with ü as v", () => {
    expect(pinyinLetters("pínkùn fāshēnglǜ")).toBe("pinkunfashenglv");
    expect(pinyinLetters("bā-qī xiǎo'é (zuìdī)")).toBe("baqixiaoezuidi");
  });

  it("compares letter by letter across syllable and word breaks, as a dictionary does", () => {
    expect(zhOrder(term("贫困发生率", "pínkùn fāshēnglǜ"), term("贫困村出列", "pínkùncūn chūliè"))).toEqual([
      "贫困村出列",
      "贫困发生率",
    ]);
    expect(
      zhOrder(
        term("扶贫小额信贷", "fúpín xiǎo'é xìndài"),
        term("扶贫车间", "fúpín chējiān"),
        term("扶贫先扶志", "fúpín xiān fú zhì"),
      ),
    ).toEqual(["扶贫车间", "扶贫先扶志", "扶贫小额信贷"]);
  });

  it("puts ü after u, and homophones in the order of tones 1–4", () => {
    expect(zhOrder(term("绿色", "lǜsè"), term("落实", "luòshí"))).toEqual(["落实", "绿色"]);
    expect(zhOrder(term("四", "sì"), term("死", "sǐ"), term("思", "sī"), term("十", "shí"))).toEqual([
      "十",
      "思",
      "死",
      "四",
    ]);
  });
});

describe("glossaryIndex", () => {
  const terms = [
    term("易地扶贫搬迁", "yìdì fúpín bānqiān", "Poverty alleviation relocation"),
    term("八七扶贫攻坚计划", "bā-qī fúpín gōngjiān jìhuà", "8-7 Poverty Reduction Plan"),
    term("贫困发生率", "pínkùn fāshēnglǜ", "Poverty incidence"),
    term("第一书记", "dìyī shūjì", "Village first secretary"),
    term("驻村工作队", "zhùcūn gōngzuòduì", "Village-based work team"),
  ];

  it("groups Chinese by the pinyin's first letter, each group in pinyin order", () => {
    expect(glossaryIndex(terms, "zh").map((g) => [g.letter, g.id, g.terms.map((t) => t.zh)])).toEqual([
      ["B", "letter-B", ["八七扶贫攻坚计划"]],
      ["D", "letter-D", ["第一书记"]],
      ["P", "letter-P", ["贫困发生率"]],
      ["Y", "letter-Y", ["易地扶贫搬迁"]],
      ["Z", "letter-Z", ["驻村工作队"]],
    ]);
  });

  it("groups English by the name's first letter, a leading digit under 0–9 ahead of A", () => {
    expect(glossaryIndex(terms, "en").map((g) => [g.letter, g.id, g.terms.map((t) => t.en)])).toEqual([
      ["0–9", "letter-0-9", ["8-7 Poverty Reduction Plan"]],
      ["P", "letter-P", ["Poverty alleviation relocation", "Poverty incidence"]],
      ["V", "letter-V", ["Village first secretary", "Village-based work team"]],
    ]);
  });

  it("reads an accented or quoted initial as its letter", () => {
    expect(indexLetter(term("x", "x", "“Émigré” policy"), "en")).toBe("E");
    expect(indexLetter(term("x", "x", "— dash"), "en")).toBe("D");
    expect(indexLetter(term("x", "x", "中文"), "en")).toBe("#");
  });
});

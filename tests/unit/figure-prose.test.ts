import { describe, expect, it } from "vitest";
import { yearIsSaid } from "@/lib/content/check-figure-year";
import { stutters } from "@/lib/content/check-stutter";
import { sentenceAround, textBlocks } from "@/lib/content/figure-text";
import { parseBody } from "@/lib/content/parse-case";
import { formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";

// Figures by indicator, rendered with the page's own formatValue: <F i="people"/> is 6.82 million people / 682万人.
const DATA: Record<string, [number, number, Unit]> = {
  people: [682, 0, "10k_persons"],
  persons: [116000, 0, "persons"],
  month: [50, 0, "yuan_per_month"],
  year: [2640, 0, "yuan_per_year"],
  yuan: [5137, 0, "yuan"],
  villages: [73, 0, "villages"],
  households: [3200, 0, "households"],
  percent: [12.8, 1, "percent"],
};

function blocks(mdx: string, locale: Locale) {
  const body = mdx
    .replace(/<F i="(\w+)"(?: y="(\d+)")? \/>/g, '<Figure indicator="$1" year={$2} />')
    .replace(/year=\{\}/g, "year={2014}");
  return textBlocks(parseBody(body).tree!, 1, (a) => {
    const [value, decimals, unit] = DATA[a.indicator!]!;
    return formatValue(value, decimals, unit, locale);
  });
}
const phrases = (mdx: string, locale: Locale) =>
  blocks(mdx, locale).flatMap((b) => stutters(b, locale).map((s) => s.phrase));

describe("figureStutter: a unit or noun said twice around a <Figure>", () => {
  it("refuses the stutters the fact-check found, quoting the phrase as the page renders it", () => {
    expect(phrases('In 2014 it counted <F i="people" /> poor people.', "en")).toEqual([
      "6.82 million people poor people",
    ]);
    expect(phrases('At the start of 2020 it still had <F i="persons" /> poor people.', "en")).toEqual([
      "116,000 people poor people",
    ]);
    expect(phrases('The subsidy was <F i="month" /> per person per month in 2016.', "en")).toEqual([
      "50 yuan a month per person per month",
    ]);
    expect(phrases('补贴标准2016年为每人每月<F i="month" />。', "zh")).toEqual(["每人每月50元/月"]);
  });

  it("refuses the other units said again", () => {
    expect(phrases('There were <F i="people" /> people.', "en")).toEqual(["6.82 million people people"]);
    expect(phrases('It had <F i="villages" /> poor villages and <F i="households" /> poor households.', "en")).toEqual([
      "73 villages poor villages",
      "3,200 households poor households",
    ]);
    expect(phrases('The standard was <F i="year" /> per year.', "en")).toEqual(["2,640 yuan a year per year"]);
    expect(phrases('Income was <F i="yuan" /> RMB.', "en")).toEqual(["5,137 yuan RMB"]);
    expect(phrases('Incidence was <F i="percent" /> percent.', "en")).toEqual(["12.8% percent"]);
    expect(
      phrases('全省有<F i="people" />贫困人口，<F i="villages" />贫困村，<F i="households" />贫困户。', "zh"),
    ).toEqual(["682万人贫困人口", "73个村贫困村", "3,200户贫困户"]);
    expect(
      phrases('标准为每人每年<F i="year" />，收入<F i="yuan" />元，发生率<F i="percent" />个百分点。', "zh"),
    ).toEqual(["每人每年2,640元/年", "5,137元元", "12.8%个百分点"]);
  });

  it("passes correct prose, including nouns further along the sentence", () => {
    const en = [
      'A poor population of <F i="people" /> remained; <F i="persons" /> were still in poverty.',
      '<F i="villages" /> exited the list of poor villages, which was all of them.',
      'The average monthly payment per recipient rose from <F i="month" /> in 2014 to <F i="month" /> in 2019.',
      'The nursing subsidy was <F i="month" /> in 2016, for each person with a severe disability.',
      'Income was <F i="yuan" /> per person in 2013; the allowance <F i="year" /> in 2014.',
      'Key poor villages numbered <F i="villages" /> in 2014, and poor households <F i="households" />.',
    ];
    for (const t of en) expect(phrases(t, "en"), t).toEqual([]);
    const zh = [
      '2014年全省贫困人口<F i="people" />，<F i="persons" />脱贫。',
      '低保对象月人均救助由<F i="month" />提高到<F i="month" />。',
      '特困人员基本生活标准由2014年的<F i="year" />提高到2019年的<F i="year" />。',
      '重点贫困村<F i="villages" />，贫困户<F i="households" />，人均收入<F i="yuan" />，发生率<F i="percent" />。',
      '<F i="people" />的人均收入都有提高。',
    ];
    for (const t of zh) expect(phrases(t, "zh"), t).toEqual([]);
  });
});

describe("figureYearMissing: the figure's year is in its sentence", () => {
  const said = (mdx: string, locale: Locale) =>
    blocks(mdx, locale).flatMap((b) => b.figures.map((f) => yearIsSaid(b, f, Number(f.attrs.year))));

  it("finds the year written in the figure's own sentence, as digits or either end of a range", () => {
    expect(
      said('Incidence fell from <F i="percent" y="2013" /> in 2013 to <F i="percent" y="2019" /> in 2019.', "en"),
    ).toEqual([true, true]);
    expect(
      said(
        'Over 2014–2019 a total of <F i="people" y="2019" /> left poverty, <F i="people" y="2014" /> at first.',
        "en",
      ),
    ).toEqual([true, true]);
    expect(said('2014—2019年累计减贫<F i="people" y="2019" />；2014年有<F i="people" y="2014" />。', "zh")).toEqual([
      true,
      true,
    ]);
    expect(said('By the end of 2019 it had fallen to <F i="percent" y="2019" />.', "en")).toEqual([true]);
  });

  it("accepts the start of the next year for a year-end count, and nothing else", () => {
    expect(said('At the start of 2020 only <F i="people" y="2019" /> remained.', "en")).toEqual([true]);
    expect(said('At the beginning of 2020 only <F i="people" y="2019" /> remained.', "en")).toEqual([true]);
    expect(said('2020年初只剩<F i="people" y="2019" />。', "zh")).toEqual([true]);
    expect(said('2020年初只剩<F i="people" y="2018" />。', "zh")).toEqual([false]);
    expect(said('In 2020 only <F i="people" y="2019" /> remained.', "en")).toEqual([false]);
    expect(said('2020年底只剩<F i="people" y="2019" />。', "zh")).toEqual([false]);
  });

  it("does not look past the sentence, nor at the digits of figures", () => {
    expect(said('It was <F i="percent" y="2013" />. That was 2013.', "en")).toEqual([false]);
    expect(said('当时为<F i="percent" y="2013" />。那是2013年。', "zh")).toEqual([false]);
    expect(said('当时为<F i="percent" y="2013" />；2013年如此', "zh")).toEqual([true]);
    expect(said('In 2013:\n\nit was <F i="percent" y="2013" />.', "en")).toEqual([false]);
    // 2,640 yuan (zh 2640元) is the figure's own text, not the year 2640.
    expect(said('It rose from <F i="year" y="2640" /> to more.', "zh")).toEqual([false]);
  });

  it("splits sentences at 。！？ and at . ! ? before a space, never inside a number", () => {
    const en = "It fell to 6.82 million. Then it rose! Did it?";
    expect(sentenceAround(en, en.indexOf("6.82"))).toEqual([0, en.indexOf("million.") + 8]);
    expect(en.slice(...sentenceAround(en, en.indexOf("rose")))).toBe(" Then it rose!");
    const zh = "贫困发生率降到0.48%。“51个县”还有11.6万人！";
    expect(zh.slice(...sentenceAround(zh, zh.indexOf("11.6")))).toBe("“51个县”还有11.6万人！");
  });
});

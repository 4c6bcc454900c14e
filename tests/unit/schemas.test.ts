import { describe, expect, it } from "vitest";
import { caseFrontmatter } from "@/lib/schemas/case";
import { glossaryTerm } from "@/lib/schemas/glossary";

const good = {
  title: "利川市",
  summary: "一个县级市的精准扶贫案例。",
  region: "lichuan",
  level: "county",
  province: "hubei",
  period: { start: 2014, end: 2020 },
  themes: { industry: "发展特色产业。", tourism: "发展民宿旅游。" },
  sources: ["lichuan-chapter"],
  updated: "2026-11-23",
};

const paths = (input: unknown) => {
  const r = caseFrontmatter.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("caseFrontmatter", () => {
  it("accepts a complete frontmatter and defaults related_regions", () => {
    expect(caseFrontmatter.parse(good)).toMatchObject({ region: "lichuan", related_regions: [] });
  });

  it.each([
    ["level", { level: "city" }, /^level: /],
    [
      "a theme outside the list",
      { themes: { industry: "x y z w", poetry: "bad theme" } },
      /^themes: unknown theme "poetry"; expected themes from the fixed list/,
    ],
    ["an empty theme list", { themes: {} }, /^themes: expected at least one theme/],
    ["updated", { updated: "23/11/2026" }, /^updated: expected a date as YYYY-MM-DD/],
    ["period order", { period: { start: 2020, end: 2014 } }, /^period: period.start must not be after period.end/],
    ["period year", { period: { start: 1900, end: 2014 } }, /^period\.start: expected a year from 1949/],
    ["region slug", { region: "Li Chuan" }, /^region: expected a lowercase slug/],
    ["sources", { sources: [] }, /^sources: expected at least one source id/],
    ["an unknown field", { author: "someone" }, /author/],
  ])("rejects a bad %s, naming the field", (_name, patch, expected) => {
    const messages = paths({ ...good, ...patch });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(expected);
  });

  it("names a missing field", () => {
    const { title: _t, ...rest } = good;
    expect(paths(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });
});

describe("glossaryTerm", () => {
  it("accepts a term and rejects a missing definition", () => {
    const term = {
      zh: "低保",
      en: "Dibao",
      pinyin: "dībǎo",
      definition_zh: "农村最低生活保障制度的简称。",
      definition_en: "Short for the minimum living allowance.",
    };
    expect(glossaryTerm.parse(term)).toMatchObject({ aliases_en: [], related: [] });
    const r = glossaryTerm.safeParse({ ...term, definition_en: "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["definition_en"]);
  });
});

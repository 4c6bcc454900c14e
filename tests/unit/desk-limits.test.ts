import { describe, expect, it } from "vitest";
import { commentInput, inputRows, newDraftInput, saveInput } from "@/lib/schemas/desk";
import { sourceRow, observationRow, regionRow } from "@/lib/schemas/data";
import { CELL_MAX, COMMENT_MAX, MDX_MAX, NAME_MAX, ROWS_MAX, SLUG_MAX } from "@/lib/schemas/limits";

const problems = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

const caseDraft = {
  slug: "lanxi",
  newRegion: null,
  title_zh: "岚溪县案例",
  title_en: "Lanxi case",
  summary_zh: "这是一个测试用的摘要文本。",
  summary_en: "A summary used by the test only.",
  themes: { industry: { zh: "一句测试。", en: "One test line." } },
};

describe("desk size limits", () => {
  it("a slug that fits the pattern but is longer than 64 characters is refused, naming the field", () => {
    expect(newDraftInput.safeParse(caseDraft).success).toBe(true);
    expect(problems(newDraftInput.safeParse({ ...caseDraft, slug: "a".repeat(SLUG_MAX) }))).toEqual([]);
    expect(problems(newDraftInput.safeParse({ ...caseDraft, slug: "a".repeat(300) }))).toEqual([
      `slug: expected at most ${SLUG_MAX} characters`,
    ]);
    expect(
      problems(
        newDraftInput.safeParse({ kind: "data", slug: "b".repeat(65), newRegion: null, title: "Lanxi: figures" }),
      ),
    ).toEqual([`slug: expected at most ${SLUG_MAX} characters`]);
  });

  it("titles, region names, comments and MDX have limits", () => {
    expect(problems(newDraftInput.safeParse({ ...caseDraft, title_en: "x".repeat(401) }))).toEqual([
      "title_en: expected at most 400 characters",
    ]);
    const region = { zhName: "岚溪县", enName: "L".repeat(NAME_MAX + 1), level: "county", parent: "enshi", adcode: "" };
    expect(problems(newDraftInput.safeParse({ ...caseDraft, newRegion: region }))).toEqual([
      `newRegion.enName: expected at most ${NAME_MAX} characters`,
    ]);
    expect(problems(commentInput.safeParse({ body: "c".repeat(COMMENT_MAX + 1) }))).toEqual([
      `body: expected at most ${COMMENT_MAX} characters`,
    ]);
    expect(problems(saveInput.safeParse({ zh: "字".repeat(MDX_MAX + 1), en: "", version: 1 }))).toEqual([
      `zh: expected at most ${MDX_MAX} characters`,
    ]);
    expect(saveInput.safeParse({ zh: "字".repeat(MDX_MAX), en: "", version: 1 }).success).toBe(true);
  });

  it("CSV cells: text cells, notes, slugs and numbers have limits, in the rows a request sends and in the file schemas", () => {
    expect(problems(inputRows.safeParse([{ title: "t".repeat(CELL_MAX + 1) }]))).toEqual([
      `0.title: expected at most ${CELL_MAX} characters`,
    ]);
    expect(problems(inputRows.safeParse(Array.from({ length: ROWS_MAX + 1 }, () => ({ id: "x" }))))).toEqual([
      `: expected at most ${ROWS_MAX} entries`,
    ]);
    const source = {
      id: "s",
      title: "T",
      title_en: "T",
      author: "",
      author_en: "",
      publisher: "P",
      publisher_en: "P",
      date: "",
      url: "",
      locator_zh: "",
      locator_en: "",
      language: "zh",
      note_zh: "",
      note_en: "",
      seed_file: "",
      internal_note: "",
    };
    expect(sourceRow.safeParse(source).success).toBe(true);
    expect(problems(sourceRow.safeParse({ ...source, note_zh: "n".repeat(CELL_MAX + 1), note_en: "n" }))).toEqual([
      `note_zh: expected at most ${CELL_MAX} characters`,
    ]);
    expect(problems(sourceRow.safeParse({ ...source, id: "s".repeat(65) }))).toEqual([
      `id: expected at most ${SLUG_MAX} characters`,
    ]);
    expect(problems(sourceRow.safeParse({ ...source, url: `https://example.org/${"u".repeat(2000)}` }))).toEqual([
      "url: expected at most 2000 characters",
    ]);
    const obs = {
      region: "lanxi",
      indicator: "poverty_incidence",
      year: "2019",
      value: "1".repeat(33),
      basis: "official",
      source: "s",
      note_zh: "",
      note_en: "",
      year_inferred_zh: "",
      year_inferred_en: "",
    };
    expect(problems(observationRow.safeParse(obs))).toEqual(["value: expected at most 32 characters"]);
    const region = {
      slug: "lanxi",
      name_zh: "岚".repeat(NAME_MAX + 1),
      name_en: "Lanxi",
      level: "county",
      parent: "",
      adcode: "",
    };
    expect(problems(regionRow.safeParse(region))).toEqual([`name_zh: expected at most ${NAME_MAX} characters`]);
  });
});

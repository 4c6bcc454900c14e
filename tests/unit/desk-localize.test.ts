import { describe, expect, it } from "vitest";
import { issue } from "@/lib/problems/issues";
import { localizeBody } from "@/lib/desk/localize";

describe("the desk's answers in its language", () => {
  const when = new Date("2026-12-08T02:00:00Z");
  const body = {
    error: "stale",
    message: "this draft was saved elsewhere (version 4); yours is based on version 3",
    stored: { zh: 'unknown region "x"', en: "must not be empty", version: 4 },
    issues: [issue({ file: "content/cases/x/en.mdx", line: 3, field: "Figure" }, "unknownIndicator", { id: "poor" })],
    problems: [
      { row: 0, field: "year", message: "expected a year from 1949 to 2100" },
      { field: "x", message: "said by nobody" },
    ],
    expiresAt: when,
    path: "/zh/desk/invite/abc",
  };

  it("rewords refusals, issues and field problems, and leaves everything else as it was", () => {
    const zh = JSON.parse(JSON.stringify(localizeBody(body, "zh")));
    expect(zh.message).toBe("这份草稿已在别处保存（版本 4）；你的修改基于版本 3");
    expect(zh.issues[0]).toMatchObject({
      file: "content/cases/x/en.mdx",
      line: 3,
      field: "Figure",
      message: "未知指标“poor”",
    });
    expect(zh.problems).toEqual([
      { row: 0, field: "year", message: "年份应在 1949 到 2100 之间" },
      { field: "x", message: "said by nobody" },
    ]);
    // The stored draft text is the editor's own words, a date stays a date.
    expect(zh.stored).toEqual(body.stored);
    expect(zh.expiresAt).toBe(when.toISOString());
    expect(zh.path).toBe(body.path);
  });

  it("names a draft's status in the desk's words", () => {
    expect(localizeBody({ error: "status", message: "the draft is submitted, not submitted" }, "zh").message).toBe(
      "草稿当前状态为“待审”，不是“待审”",
    );
  });

  it("in English returns the answer untouched", () => {
    expect(localizeBody(body, "en")).toBe(body);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeOfMessage, issueMessage, localizeIssue, type IssueCode } from "@/lib/problems/issues";
import { checkProject } from "@/lib/editor/check-project";
import { planImport } from "@/lib/editor/import";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u3400-\u9fff]/;
const codes = Object.keys(en.Issues) as IssueCode[];

describe("problem messages in both languages", () => {
  it("every problem has an English and a Chinese text with the same slots", () => {
    expect(Object.keys(zh.Issues).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(slots(zh.Issues[code]), code).toEqual(slots(en.Issues[code]));
  });

  it("each English text leads back to its problem and its values, so the desk can reword any of them", () => {
    for (const code of codes.filter((c) => c !== "other" && c !== "gotSuffix")) {
      const params = Object.fromEntries(slots(en.Issues[code]).map((s, i) => [s, `v${i}-${s}`]));
      const text = issueMessage(code, params);
      const back = codeOfMessage(text);
      expect(back.code, text).not.toBe("other");
      // Two templates may word the same text; what matters is that the text comes back identical.
      expect(issueMessage(back.code, back.params), code).toBe(text);
    }
  });

  it("an unknown text stays as it is", () => {
    expect(codeOfMessage("something nobody wrote")).toEqual({
      code: "other",
      params: { detail: "something nobody wrote" },
    });
    expect(issueMessage("other", { detail: "x" }, "zh")).toBe("x");
  });
});

const GOOD = path.resolve("tests/fixtures/content-good");
const BROKEN = path.resolve("tests/fixtures/broken");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "issue-messages-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("content:check's problems in Chinese", () => {
  it.each(fs.readdirSync(BROKEN))(
    "%s: every problem has its own Chinese wording, with the same file, line and field",
    (mistake) => {
      const root = fs.mkdtempSync(path.join(work, `${mistake}-`));
      fs.cpSync(GOOD, root, { recursive: true });
      fs.cpSync(path.join(BROKEN, mistake), root, { recursive: true });
      const { issues } = checkProject(root);
      expect(issues.length).toBeGreaterThan(0);
      for (const i of issues) {
        expect(i.code, i.message).not.toBe("other");
        const local = localizeIssue(i, "zh");
        expect(local.message, i.message).toMatch(CJK);
        expect(local.message).not.toBe(i.message);
        expect({ file: local.file, line: local.line, field: local.field }).toEqual({
          file: i.file,
          line: i.line,
          field: i.field,
        });
      }
    },
  );

  it("a CSV batch's cell problems keep the cell's value and read in Chinese", () => {
    const root = fs.mkdtempSync(path.join(work, "batch-"));
    fs.cpSync(GOOD, root, { recursive: true });
    const batch =
      "region,indicator,year,value,basis,source,note_zh,note_en,year_inferred_zh,year_inferred_en\nlichuan,poverty_incidence,2102,1.5,official,communique,,,,\nlichuan,poverty_incidence,2018,1.5a,official,communique,,,,\n";
    const { issues } = planImport("batch.csv", batch, path.join(root, "content/data"), root);
    expect(issues.length).toBeGreaterThan(0);
    const year = issues.find((i) => i.field === "year")!;
    expect(year.message).toBe('expected a year from 1949 to 2100 (got "2102")');
    expect(localizeIssue(year, "zh").message).toBe("年份应在 1949 到 2100 之间（实际为“2102”）");
    for (const i of issues) expect(localizeIssue(i, "zh").message, i.message).toMatch(CJK);
  });
});

import fs from "node:fs";
import { describe, expect, it } from "vitest";

type Messages = { [k: string]: string | Messages };
const entries = (o: Messages, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`),
  );
const zh = entries(JSON.parse(fs.readFileSync("messages/zh.json", "utf8")) as Messages);
const en = entries(JSON.parse(fs.readFileSync("messages/en.json", "utf8")) as Messages);
// ICU placeholders ({n}, {count, plural, …}) are not text the reader sees.
// Command names (content:check, npm run case:new) are code, not prose.
const literal = (s: string) => {
  let t = s.replace(/\b[a-z]+:[a-z]+\b/g, " ");
  for (let i = 0; i < 5; i++) t = t.replace(/\{[^{}]*\}/g, " ");
  return t;
};

describe("UI strings", () => {
  // GB/T 7714 references are written with Western full stops by the standard itself.
  const GBT7714 = ["About.citeExample"];
  it("in Chinese use Chinese punctuation", () => {
    const bad = zh
      .filter(([k]) => !GBT7714.includes(k))
      .filter(([, v]) => /[;:,!?()]/.test(literal(v)) || /[\u3400-\u9fff]\.(\s|$)/.test(literal(v)));
    expect(bad).toEqual([]);
  });

  it("in English contain no Chinese except the names of the Chinese language and terms", () => {
    const bad = en.filter(
      ([k, v]) => /[\u3400-\u9fff]/.test(literal(v)) && !["Nav.switchTo", "Home.entry.glossary.body"].includes(k),
    );
    expect(bad).toEqual([]);
  });
});

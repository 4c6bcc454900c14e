import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fontsFor, slicesFor } from "@/lib/og/fonts";

const texts = fs
  .readdirSync("content/cases")
  .flatMap((slug) => ["zh", "en"].map((l) => fs.readFileSync(path.join("content/cases", slug, `${l}.mdx`), "utf8")))
  .map((text) => /^title: "?(.*?)"?$/m.exec(text)![1]! + (/^summary: "?(.*?)"?$/m.exec(text)![1] ?? ""));

// Every character on every Open Graph card must be in one of the font slices handed to the renderer.
describe("Open Graph fonts", () => {
  it("cover every character of every case title and summary", () => {
    expect(texts.length).toBeGreaterThanOrEqual(8);
    for (const text of texts) {
      const slices = slicesFor(text);
      for (const ch of new Set([...text].filter((c) => c.trim()))) {
        const code = ch.codePointAt(0)!;
        expect(
          slices.some((s) => s.ranges.some(([a, b]) => code >= a && code <= b)),
          `no slice holds "${ch}"`,
        ).toBe(true);
      }
    }
  });

  it("hand over only the slices the text needs, as woff data", () => {
    expect(fontsFor("Lichuan").length).toBeLessThanOrEqual(2);
    const zh = fontsFor("利川市");
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.length).toBeLessThan(10);
    expect(zh[0]!.data.subarray(0, 4).toString("latin1")).toBe("wOFF");
  });
});

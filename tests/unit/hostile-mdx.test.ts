import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { CaseBody } from "@/components/case/case-body";
import { parseBody } from "@/lib/content/parse-case";
import { HOSTILE_MDX } from "../fixtures/hostile-mdx";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-mdx-"));
const CANARY = path.join(dir, "pwned.txt");
const SECRET = "HOSTILE_MDX_SECRET";
const VALUE = `secret-${Math.random().toString(36).slice(2)}`;
process.env[SECRET] = VALUE;
afterAll(() => {
  delete process.env[SECRET];
  fs.rmSync(dir, { recursive: true, force: true });
});

const HEAD = "## Background {#background}\n\nSome prose.\n\n";
const FIRST = 20;
const stub = (name: string) => (p: Record<string, unknown>) =>
  createElement("span", { "data-component": name }, (p.children as never) ?? null);
const components = { Figure: stub("Figure"), Term: stub("Term"), Cite: stub("Cite"), Timeline: stub("Timeline") };

describe("hostile MDX through the one parser and the tree renderer", () => {
  it.each(HOSTILE_MDX.map((h) => [h.name, h] as const))(
    "%s: refused at its line, or drawn as text; nothing runs",
    (_name, h) => {
      const mdx = h.mdx.replaceAll("CANARY", CANARY).replaceAll("SECRET", SECRET);
      const parsed = parseBody(`${HEAD}${mdx}\n`, FIRST);
      const from = FIRST + HEAD.split("\n").length - 1;
      const to = from + mdx.split("\n").length - 1;
      if (h.refused) {
        expect(parsed.unsafe.length).toBeGreaterThan(0);
        for (const p of parsed.unsafe) expect(p.line, p.message).toBeGreaterThanOrEqual(from);
        for (const p of parsed.unsafe) expect(p.line, p.message).toBeLessThanOrEqual(to);
      } else {
        expect(parsed.unsafe).toEqual([]);
        const html = renderToStaticMarkup(createElement(CaseBody, { tree: parsed.tree!, locale: "en", components }));
        expect(html).toContain("Some prose.");
        if (h.shows) expect(html.replace(/&#x27;/g, "'")).toContain(h.shows);
        expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
        expect(html).not.toContain(VALUE);
      }
      expect(fs.existsSync(CANARY)).toBe(false);
    },
  );

  it("the canary would catch a payload that ran", () => {
    // The same payload, evaluated as the old compiler would have: the canary file appears.
    new Function("process", "CANARY", "process.getBuiltinModule('fs').writeFileSync(CANARY, 'y')")(process, CANARY);
    expect(fs.existsSync(CANARY)).toBe(true);
    fs.rmSync(CANARY);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ElementContent } from "hast";
import { h } from "hastscript";
import { afterAll, describe, expect, it } from "vitest";
import { caseHtml, type CaseElements } from "@/lib/content/case-html";
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
const stub =
  (name: string) =>
  (_attrs?: unknown, children: ElementContent[] = []) =>
    h("span", { dataComponent: name }, children);
const elements: CaseElements = {
  Figure: stub("Figure"),
  Term: stub("Term"),
  Cite: stub("Cite"),
  Timeline: () => stub("Timeline")(),
};

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
        const html = caseHtml(parsed.tree!, "en", elements);
        expect(html).toContain("Some prose.");
        if (h.shows) expect(html.replace(/&#x27;/g, "'")).toContain(h.shows);
        expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
        expect(html).not.toContain(VALUE);
      }
      expect(fs.existsSync(CANARY)).toBe(false);
    },
  );

  it("a script URL that got past the check is still not written into the page", () => {
    // The check refuses these (above); the renderer drops them too, should a tree ever reach it unchecked.
    const tree = parseBody("[a](https://example.org/ok) [b](/en/cases) [c](#x) [d](mailto:a@example.org)\n", 1).tree!;
    const hostile = structuredClone(tree);
    const links = (hostile.children[0] as { children: { type: string; url?: string }[] }).children.filter(
      (n) => n.type === "link",
    );
    links[0]!.url = "javascript:alert(1)";
    links[1]!.url = "java\tscript:alert(1)";
    links[2]!.url = " JAVASCRIPT:alert(1)";
    links[3]!.url = "data:text/html,<script>alert(1)</script>";
    expect(caseHtml(tree, "en", elements)).toContain('href="https://example.org/ok"');
    expect(caseHtml(tree, "en", elements)).toContain('href="mailto:a@example.org"');
    const html = caseHtml(hostile, "en", elements);
    // Every href left resolves, as a browser would resolve it, to the web's own schemes.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll("&#x26;", "&"));
    for (const href of hrefs) expect(new URL(href, "https://site.example/x").protocol).toMatch(/^(https?|mailto):$/);
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
    expect(html).toContain(">a</a>");
  });

  it("the canary would catch a payload that ran", () => {
    // The same payload, evaluated as the old compiler would have: the canary file appears.
    new Function("process", "CANARY", "process.getBuiltinModule('fs').writeFileSync(CANARY, 'y')")(process, CANARY);
    expect(fs.existsSync(CANARY)).toBe(true);
    fs.rmSync(CANARY);
  });
});

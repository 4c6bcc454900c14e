import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { loadProject, reaches, specifiers } from "../import-graph";

// The project's own source files and what each imports (tests/import-graph.ts).
const { files, text, graph } = loadProject();

// Any Markdown/MDX parser or compiler: one module may use them.
const PARSERS =
  /^(mdast-util-from-markdown|micromark($|-)|remark($|-)|unified$|@mdx-js\/|@next\/mdx|@content-collections\/mdx|next-mdx-remote|markdown-it|marked$)/;
const PARSE_MODULE = "lib/content/parse-case.ts";

describe("one parser for case MDX", () => {
  it("finds the project's files and their imports (the checks below are not vacuous)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(specifiers(text.get(PARSE_MODULE)!)).toContain("micromark-extension-mdxjs");
  });

  it(`only ${PARSE_MODULE} imports a Markdown or MDX parser`, () => {
    const importers = files.filter((f) => specifiers(text.get(f)!).some((s) => PARSERS.test(s)));
    expect(importers).toEqual([PARSE_MODULE]);
  });

  it("nothing compiles text to code and runs it: no eval, new Function or vm, and no MDX compiler in the dependencies", () => {
    const offenders = files.filter((f) =>
      /\beval\s*\(|new\s+Function\s*\(|\bnode:vm\b|from\s+["']vm["']|\bcompile\s*\(|\bevaluate\s*\(/.test(text.get(f)!),
    );
    expect(offenders).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(
      Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) =>
        /^@mdx-js\/|^@next\/mdx$|^@content-collections\/mdx$|^next-mdx-remote$/.test(d),
      ),
    ).toEqual([]);
  });

  it.each([
    ["the public case page", "app/[locale]/(site)/cases/[slug]/page.tsx"],
    ["an old edition's page", "app/[locale]/(site)/cases/[slug]/editions/[n]/page.tsx"],
    ["content:check", "scripts/content-check.ts"],
    ["the desk's checks", "lib/desk/inspect.ts"],
    ["the desk's preview", "components/desk/draft-preview.tsx"],
    ["publishing", "lib/desk/publish.ts"],
  ])("%s reaches the one parser (%s)", (_name, file) => {
    expect(text.has(file)).toBe(true);
    expect(reaches(graph, file, PARSE_MODULE)).toBe(true);
  });
});

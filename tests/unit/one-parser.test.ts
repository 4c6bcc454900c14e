import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The project's own source files, and what each imports, resolved to files (relative and "@/" paths).
const ROOT = path.resolve(".");
const DIRS = ["app", "components", "lib", "scripts", "packages/chart-svg"];
const files = DIRS.flatMap((d) => walk(path.join(ROOT, d))).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f) && !f.endsWith(".d.ts"));
const rel = (f: string) => path.relative(ROOT, f);
const text = new Map(files.map((f) => [f, fs.readFileSync(f, "utf8")]));

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.name === "node_modules" ? [] : e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function specifiers(src: string): string[] {
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*(?:\/\*.*?\*\/\s*)*["']([^"']+)["']|^import\s+["']([^"']+)["']/gms)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => text.has(f));
}

function reaches(start: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [path.join(ROOT, start)];
  while (stack.length) {
    const f = stack.pop()!;
    if (f === path.join(ROOT, target)) return true;
    if (seen.has(f) || !text.has(f)) continue;
    seen.add(f);
    for (const s of specifiers(text.get(f)!)) {
      const r = resolve(f, s);
      if (r) stack.push(r);
    }
  }
  return false;
}

// Any Markdown/MDX parser or compiler: one module may use them.
const PARSERS = /^(mdast-util-from-markdown|micromark($|-)|remark($|-)|unified$|@mdx-js\/|@next\/mdx|@content-collections\/mdx|next-mdx-remote|markdown-it|marked$)/;
const PARSE_MODULE = "lib/content/parse-case.ts";

describe("one parser for case MDX", () => {
  it("finds the project's files and their imports (the checks below are not vacuous)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(specifiers(text.get(path.join(ROOT, PARSE_MODULE))!)).toContain("micromark-extension-mdxjs");
  });

  it(`only ${PARSE_MODULE} imports a Markdown or MDX parser`, () => {
    const importers = files.filter((f) => specifiers(text.get(f)!).some((s) => PARSERS.test(s))).map(rel);
    expect(importers).toEqual([PARSE_MODULE]);
  });

  it("nothing compiles text to code and runs it: no eval, new Function or vm, and no MDX compiler in the dependencies", () => {
    const offenders = files.filter((f) => /\beval\s*\(|new\s+Function\s*\(|\bnode:vm\b|from\s+["']vm["']|\bcompile\s*\(|\bevaluate\s*\(/.test(text.get(f)!)).map(rel);
    expect(offenders).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => /^@mdx-js\/|^@next\/mdx$|^@content-collections\/mdx$|^next-mdx-remote$/.test(d))).toEqual([]);
  });

  it.each([
    ["the public case page", "app/[locale]/(site)/cases/[slug]/page.tsx"],
    ["content:check", "scripts/content-check.ts"],
    ["the desk's checks", "lib/desk/inspect.ts"],
    ["the desk's preview", "components/desk/draft-preview.tsx"],
    ["publishing", "lib/desk/publish.ts"],
  ])("%s reaches the one parser (%s)", (_name, file) => {
    expect(text.has(path.join(ROOT, file))).toBe(true);
    expect(reaches(file, PARSE_MODULE)).toBe(true);
  });
});

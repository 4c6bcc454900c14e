import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCase } from "@/lib/content/parse-case";
import { formatIssue } from "@/lib/problems/issues";
import { askForMissing, parseCaseNewArgs, planRegion, slugProblem, regionProblemText } from "@/lib/editor/case-new";
import { scaffoldCase } from "@/lib/content/case-scaffold";
import { checkProject } from "@/lib/editor/check-project";
import type { RegionRow } from "@/lib/schemas/data";
import { caseFrontmatter } from "@/lib/schemas/case";

const GOOD = path.resolve("tests/fixtures/content-good");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "case-new-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const REGIONS: RegionRow[] = [
  { slug: "china", name_zh: "中国", name_en: "China", level: "country", parent: null, adcode: "100000" },
  { slug: "hubei", name_zh: "湖北省", name_en: "Hubei Province", level: "province", parent: "china", adcode: "420000" },
  { slug: "lichuan", name_zh: "利川市", name_en: "Lichuan", level: "county", parent: "hubei", adcode: "422802" },
];
const ENSHI = { zhName: "恩施州", enName: "Enshi", level: "prefecture", parent: "hubei", adcode: "422800" };

describe("case:new logic", () => {
  it.each([
    ["Lichuan", /not a valid slug/],
    ["li_chuan", /not a valid slug/],
    ["lichuan-", /not a valid slug/],
    ["", /expected a case slug/],
  ])("refuses the slug %j", (slug, message) => {
    expect(slugProblem(slug || undefined, false)).toMatch(message);
  });

  it("refuses a slug whose case exists and accepts a fresh one", () => {
    expect(slugProblem("lichuan", true)).toBe(
      "content/cases/lichuan already exists: choose another slug or edit that case",
    );
    expect(slugProblem("hunan-51-counties", false)).toBeUndefined();
  });

  it("reads the flags", () => {
    expect(parseCaseNewArgs(["enshi", "--zh-name", " 恩施州 ", "--level", "prefecture", "--root", "/x"])).toEqual({
      slug: "enshi",
      root: "/x",
      flags: { zhName: "恩施州", level: "prefecture" },
    });
    expect(() => parseCaseNewArgs(["enshi", "--name", "x"])).toThrow(/--name/);
  });

  it("uses an existing region and finds its province up the parent chain", () => {
    expect(planRegion("lichuan", {}, REGIONS)).toMatchObject({
      kind: "existing",
      province: "hubei",
      row: { slug: "lichuan" },
    });
    expect(planRegion("lichuan", { level: "prefecture" }, REGIONS)).toEqual({
      kind: "invalid",
      problems: [
        {
          flag: "level",
          message:
            'region "lichuan" is already in content/data/regions.csv with level "county"; drop the flag or fix the CSV',
        },
      ],
    });
  });

  it("builds a new region from the flags, validated with regionRow", () => {
    expect(planRegion("enshi", ENSHI, REGIONS)).toEqual({
      kind: "new",
      province: "hubei",
      row: {
        slug: "enshi",
        name_zh: "恩施州",
        name_en: "Enshi",
        level: "prefecture",
        parent: "hubei",
        adcode: "422800",
      },
    });
    expect(
      planRegion(
        "enshi-group",
        { zhName: "恩施贫困县", enName: "Enshi poor counties", level: "group", parent: "hubei" },
        REGIONS,
      ),
    ).toMatchObject({
      kind: "new",
      row: { adcode: null },
    });
  });

  it("names the missing flags; a national group must name its province", () => {
    expect(planRegion("enshi", { level: "prefecture" }, REGIONS)).toEqual({
      kind: "missing",
      missing: ["zhName", "enName", "parent", "adcode"],
    });
    expect(
      planRegion(
        "poor-832",
        { zhName: "832个贫困县", enName: "The 832 poor counties", level: "group", parent: "china" },
        REGIONS,
      ),
    ).toEqual({
      kind: "missing",
      missing: ["province"],
    });
  });

  it("explains every bad flag at once", () => {
    expect(planRegion("enshi", { ...ENSHI, level: "city", parent: "hubie", adcode: "4228" }, REGIONS)).toEqual({
      kind: "invalid",
      problems: [
        { flag: "level", message: 'expected county, prefecture, province, group (got "city")' },
        { flag: "parent", message: 'unknown region "hubie" (not in content/data/regions.csv)' },
        { flag: "adcode", message: 'expected a six-digit administrative division code (got "4228")' },
      ],
    });
    expect(planRegion("enshi", { ...ENSHI, adcode: "422802" }, REGIONS)).toEqual({
      kind: "invalid",
      problems: [{ flag: "adcode", message: "422802 is already the code of lichuan" }],
    });
    // The command line names each by its flag.
    expect(regionProblemText({ flag: "adcode", message: "x" })).toBe("--adcode: x");
  });

  it("asks for each missing value, again after a bad answer", async () => {
    const answers = ["恩施州", "Enshi", "city", "prefecture", "hubie", "hubei", "422800"];
    const asked: string[] = [];
    const said: string[] = [];
    const plan = await askForMissing(
      "enshi",
      {},
      REGIONS,
      async (q) => (asked.push(q), answers.shift()!),
      (s) => said.push(s),
    );
    expect(plan).toMatchObject({
      kind: "new",
      province: "hubei",
      row: { level: "prefecture", parent: "hubei", adcode: "422800" },
    });
    expect(asked.map((q) => /\[(--[a-z-]+)\]/.exec(q)![1])).toEqual([
      "--zh-name",
      "--en-name",
      "--level",
      "--level",
      "--parent",
      "--parent",
      "--adcode",
    ]);
    expect(said).toEqual([
      '  expected county, prefecture, province, group (got "city")',
      '  unknown region "hubie" (not in content/data/regions.csv)',
    ]);
  });

  it.each(["zh", "en"] as const)(
    "scaffolds %s.mdx as valid frontmatter and MDX with the standard sections",
    async (locale) => {
      const text = scaffoldCase(locale, {
        slug: "lichuan",
        region: REGIONS[2]!,
        province: "hubei",
        updated: "2026-11-23",
      });
      const yaml = (await import("yaml")).parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
      expect(caseFrontmatter.safeParse(yaml).success).toBe(true);
      const headings = text.split("\n").filter((l) => l.startsWith("#"));
      expect(headings).toEqual(
        locale === "zh"
          ? [
              "## 背景 {#background}",
              "## 历程 {#timeline}",
              "## 主要举措 {#measures}",
              "### 产业扶贫 {#industry}",
              "## 成效 {#results}",
              "## 经验与启示 {#lessons}",
            ]
          : [
              "## Background {#background}",
              "## Timeline {#timeline}",
              "## Measures {#measures}",
              "### Industry {#industry}",
              "## Results {#results}",
              "## Lessons {#lessons}",
            ],
      );
      expect(text).toContain("<Timeline />");
      expect(text.match(/\{\/\* .+ \*\/\}/g)).toHaveLength(7);
      // It parses, with nothing unsafe; content:check then names its template leftovers (see content-check tests).
      const parsed = parseCase({ path: `content/cases/lichuan/${locale}.mdx`, text });
      expect(parsed.unsafe).toEqual([]);
      expect(parsed.tree).toBeDefined();
    },
  );
});

function caseNew(root: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync("npx", ["tsx", "scripts/case-new.ts", ...args, "--root", root], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, stdout, stderr: "" };
  } catch (e) {
    return e as { status: number; stdout: string; stderr: string };
  }
}

function project(): string {
  const root = fs.mkdtempSync(path.join(work, "project-"));
  fs.cpSync(GOOD, root, { recursive: true });
  return root;
}

const snapshot = (root: string) =>
  fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .sort()
    .map((f) => [f, fs.statSync(path.join(root, f)).mtimeMs]);

describe("npm run case:new", () => {
  it("writes both files and the region, and content:check then lists only what the editor must fill in", () => {
    const root = project();
    const { status, stdout } = caseNew(
      root,
      "enshi",
      "--zh-name",
      "恩施州",
      "--en-name",
      "Enshi",
      "--level",
      "prefecture",
      "--parent",
      "hubei",
      "--adcode",
      "422800",
    );
    expect(status).toBe(0);
    expect(stdout).toContain(
      "case:new: created content/cases/enshi/zh.mdx and content/cases/enshi/en.mdx; added region enshi to content/data/regions.csv.",
    );
    expect(stdout).toContain("Next steps:");
    expect(fs.readFileSync(path.join(root, "content/data/regions.csv"), "utf8").split("\n").slice(-2)).toEqual([
      "enshi,恩施州,Enshi,prefecture,hubei,422800",
      "",
    ]);
    const issues = checkProject(root).issues.map(formatIssue);
    expect(issues.filter((i) => i.startsWith("content/cases/enshi/en.mdx"))).toEqual([
      "content/cases/enshi/en.mdx:2: title: still the placeholder from npm run case:new; replace it",
      "content/cases/enshi/en.mdx:3: summary: still the placeholder from npm run case:new; replace it",
      "content/cases/enshi/en.mdx:9: themes.industry: still the placeholder from npm run case:new; replace it",
      'content/cases/enshi/en.mdx:10: sources: unknown source "todo-source" (not in content/data/sources.csv)',
      // The template's notes and its empty sections, each at its line.
      ...[14, 18, 22, 28, 32, 36, 40].flatMap((line) => {
        const empty = { 18: "background", 32: "industry", 36: "results", 40: "lessons" }[line];
        const note = `content/cases/enshi/en.mdx:${line}: mdx: the template's note is still here: delete it once the section is written`;
        return empty
          ? [
              `content/cases/enshi/en.mdx:${line - 2}: sections: the section {#${empty}} is still empty: write it, or say in a sentence that the sources do not cover it`,
              note,
            ]
          : [note];
      }),
    ]);
    expect(issues).toHaveLength(30);
  });

  it.each([
    ["a malformed slug", ["Enshi"], /"Enshi" is not a valid slug/],
    ["an existing case", ["lichuan"], /content\/cases\/lichuan already exists/],
    [
      "missing region flags without a terminal",
      ["enshi", "--level", "prefecture"],
      /give --zh-name, --en-name, --parent, --adcode \(stdin is not a terminal/,
    ],
    [
      "an unknown parent",
      [
        "enshi",
        "--zh-name",
        "恩施州",
        "--en-name",
        "Enshi",
        "--level",
        "prefecture",
        "--parent",
        "hubie",
        "--adcode",
        "422800",
      ],
      /--parent: unknown region "hubie"/,
    ],
  ])("refuses %s, exits 1 and writes nothing", (_name, args, message) => {
    const root = project();
    const before = snapshot(root);
    const { status, stderr } = caseNew(root, ...args);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("case:new: nothing was written.");
    expect(snapshot(root)).toEqual(before);
  });
});

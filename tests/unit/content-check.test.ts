import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/problems/issues";
import { RESERVED_CASE_SLUGS } from "@/lib/schemas/slug";
import { checkProject } from "@/lib/editor/check-project";

const GOOD = path.resolve("tests/fixtures/content-good");
const BROKEN = path.resolve("tests/fixtures/broken");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// Each folder in tests/fixtures/broken holds ONE file that replaces (or adds to) the good project: one mistake.
const EXPECTED: Record<string, string[]> = {
  "frontmatter-schema": ["content/cases/lichuan/en.mdx:11: updated: expected a date as YYYY-MM-DD"],
  "frontmatter-misspelt-field": [
    "content/cases/lichuan/en.mdx:2: sources: missing: every case needs sources: in its frontmatter (see docs/case-format.md)",
    "content/cases/lichuan/en.mdx:10: source: unknown field; the frontmatter fields are title, summary, region, level, province, period, themes, related_regions, sources, facts, updated",
  ],
  "missing-locale": [
    "content/cases/lichuan-2/zh.mdx:1: locales: en.mdx is missing: every case needs both zh.mdx and en.mdx",
  ],
  "missing-section": [
    "content/cases/lichuan/en.mdx:30: sections: expected the ## sections {#background}, {#timeline}, {#measures}, {#results}, {#lessons} in this order; found {#background}, {#timeline}, {#measures}, {#results}",
  ],
  "sections-differ": [
    "content/cases/lichuan/en.mdx:18: sections: headings differ from zh.mdx: zh has ## {#background}, ## {#timeline}, ## {#measures}, ### {#industry}, ## {#results}, ## {#lessons}; en has ## {#background}, ### {#geography}, ## {#timeline}, ## {#measures}, ### {#industry}, ## {#results}, ## {#lessons}",
  ],
  "figure-differs": [
    "content/cases/lichuan/zh.mdx:32: Figure: <Figure lichuan/poverty_incidence/2019> appears 1× in zh.mdx and 0× in en.mdx",
  ],
  "term-differs": [
    "content/cases/lichuan/zh.mdx:20: Term: <Term tuopin-zhaimao> appears 1× in zh.mdx and 0× in en.mdx",
  ],
  "unknown-region": [
    'content/cases/lichuan/en.mdx:4: region: unknown region "lichaun" (not in content/data/regions.csv)',
    'content/cases/lichuan/en.mdx:4: region: differs from zh.mdx ("lichuan")',
  ],
  "unknown-indicator": [
    'content/cases/lichuan/en.mdx:32: Figure: unknown indicator "poor_people"',
    "content/cases/lichuan/zh.mdx:32: Figure: <Figure lichuan/poor_population/2014> appears 1× in zh.mdx and 0× in en.mdx",
  ],
  "unknown-source": [
    'content/cases/lichuan/en.mdx:32: Cite: unknown source "communique-2021"',
    "content/cases/lichuan/zh.mdx:32: Cite: <Cite communique> appears 1× in zh.mdx and 0× in en.mdx",
  ],
  "unknown-term": [
    'content/cases/lichuan/en.mdx:20: Term: unknown term "jinzhun-fupin" (no content/glossary/jinzhun-fupin.yaml)',
    "content/cases/lichuan/zh.mdx:20: Term: <Term jingzhun-fupin> appears 1× in zh.mdx and 0× in en.mdx",
  ],
  "unknown-related-term": ['content/glossary/tuopin-zhaimao.yaml:6: related: unknown term "jingzhun-tuopin"'],
  "unknown-theme": [
    'content/cases/lichuan/en.mdx:8: themes: unknown theme "tourisme"; expected themes from the fixed list: industry, employment, ecommerce, tourism, finance, education, health, relocation, ecology, social-security, infrastructure, governance, east-west, social-mobilisation',
  ],
  "placeholder-left": [
    "content/cases/lichuan/zh.mdx:2: title: still the placeholder from npm run case:new; replace it",
  ],
  "duplicate-observation": [
    "content/data/observations.csv:5: region+indicator+year+basis+source: duplicate of line 4 (lichuan/poverty_incidence/2019/official/lichuan-chapter)",
  ],
  "disagreement-unnoted": [
    "content/data/observations.csv:5: value: lichuan/poverty_incidence/2019/official: 2 sources give different values (0.25 lichuan-chapter; 0.52 communique) and no row of content/data/disagreements.csv covers them; add one with the preferred source and a note",
  ],
  "disagreement-not-member": [
    'content/data/disagreements.csv:2: preferred_source: source "communique" gives none of this row\'s observations (lichuan/poverty_incidence/official); the preferred source must be one of lichuan-chapter',
  ],
  "year-inferred-half": [
    'content/data/observations.csv:5: year_inferred_en: expected what the year was inferred from in both languages (year_inferred_zh and year_inferred_en) or in neither (got "")',
  ],
  "percentage-out-of-range": ["content/data/observations.csv:3: value: a percentage must be from 0 to 100 (got 274)"],
  "negative-count": ["content/data/observations.csv:2: value: a 10k_persons value cannot be negative (got -11.10)"],
  "year-out-of-range": ['content/data/observations.csv:5: year: expected a year from 1949 to 2100 (got "2102")'],
  "events-out-of-order": [
    "content/data/events.csv:3: date: events of lichuan are out of date order (2014-04 comes after 2015)",
  ],
  "broken-link": ['content/cases/lichuan/en.mdx:36: link: broken link "/en/case/lichuan": no such page'],
  "unsafe-mdx": [
    "content/cases/lichuan/en.mdx:14: mdx: import and export are not allowed; the site's components (Figure, Term, Cite, Timeline) need no import",
    "content/cases/lichuan/en.mdx:18: mdx: JavaScript expressions {data.people} are not allowed; write the text itself (a number prop may be written year={2019})",
    "content/cases/lichuan/en.mdx:26: mdx: <script> is not allowed in a case",
  ],
  // A body that does not parse has its syntax problem only: no outline to judge, nothing compared with zh.mdx.
  "mdx-syntax": [
    "content/cases/lichuan/en.mdx:18: mdx: not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)",
  ],
  "template-left": [
    "content/cases/lichuan/en.mdx:26: sections: the section {#industry} is still empty: write it, or say in a sentence that the sources do not cover it",
    "content/cases/lichuan/en.mdx:28: mdx: the template's note is still here: delete it once the section is written",
    'content/cases/lichuan/en.mdx:37: mdx: "TODO" is still in the text: finish the passage and delete the marker',
  ],
  "figure-stutter-en": [
    'content/cases/lichuan/en.mdx:32: Figure: "111,000 people poor people" says it twice: the figure already reads "111,000 people"; reword the text next to the <Figure> (see docs/case-format.md)',
  ],
  "figure-stutter-zh": [
    'content/cases/lichuan/zh.mdx:32: Figure: "11.10万人贫困人口" says it twice: the figure already reads "11.10万人"; reword the text next to the <Figure> (see docs/case-format.md)',
  ],
  // The sentence ends at ". " or 。: "in 2014" later in the same sentence does not date the two percentages.
  "figure-year-missing-en": [
    'content/cases/lichuan/en.mdx:32: Figure: the year of "27.4%" (2013) is not in its sentence: write 2013 in the same sentence, or "start of 2014" for a count taken at the end of 2013 (see docs/case-format.md): "Poverty incidence fell from 27.4% to 0.25%; 111,000 people were poor in 2014."',
    'content/cases/lichuan/en.mdx:32: Figure: the year of "0.25%" (2019) is not in its sentence: write 2019 in the same sentence, or "start of 2020" for a count taken at the end of 2019 (see docs/case-format.md): "Poverty incidence fell from 27.4% to 0.25%; 111,000 people were poor in 2014."',
  ],
  "figure-year-missing-zh": [
    'content/cases/lichuan/zh.mdx:32: Figure: the year of "0.25%" (2019) is not in its sentence: write 2019 in the same sentence, or "start of 2020" for a count taken at the end of 2019 (see docs/case-format.md): "贫困发生率从2013年的27.4%降到0.25%；2014年有贫困人口11.10万人。"',
  ],
  "uncited-source": [
    'content/data/sources.csv:4: id: source "report-2020" is not cited by any observation, event or case',
  ],
};

// The good project with one broken fixture laid over it, in a temporary folder.
function project(mistake?: string): string {
  const root = fs.mkdtempSync(path.join(work, `${mistake ?? "good"}-`));
  fs.cpSync(GOOD, root, { recursive: true });
  if (mistake) fs.cpSync(path.join(BROKEN, mistake), root, { recursive: true });
  return root;
}

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => fs.statSync(path.join(dir, f)).isFile());

describe("content:check", () => {
  it("finds no problem in the good project", () => {
    expect(checkProject(project()).issues.map(formatIssue)).toEqual([]);
  });

  it("has one fixture file per mistake, each with its expected messages", () => {
    expect(fs.readdirSync(BROKEN).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const mistake of Object.keys(EXPECTED))
      expect(filesUnder(path.join(BROKEN, mistake)), mistake).toHaveLength(1);
  });

  it.each(Object.entries(EXPECTED))("reports %s with its exact file, line, field and message", (mistake, messages) => {
    expect(checkProject(project(mistake)).issues.map(formatIssue)).toEqual(messages);
  });

  it("the script prints every problem and exits 1", () => {
    const root = project("unknown-term");
    let result = { status: 0, stderr: "" };
    try {
      execFileSync("npx", ["tsx", "scripts/content-check.ts", root], { encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      result = e as typeof result;
    }
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => l.startsWith("content/"));
    expect(lines).toEqual(EXPECTED["unknown-term"]);
    expect(result.stderr).toContain("content:check: 2 problem(s).");
  });

  it("refuses a case named like a page of the case index, which no reader could reach", () => {
    // The reserved names are exactly the static folders beside [slug] in app/[locale]/(site)/cases.
    const folders = fs
      .readdirSync("app/[locale]/(site)/cases", { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith("["))
      .map((e) => e.name);
    expect([...RESERVED_CASE_SLUGS].sort()).toEqual(folders.sort());
    const root = project();
    fs.cpSync(path.join(root, "content/cases/lichuan"), path.join(root, "content/cases/page"), { recursive: true });
    expect(checkProject(root).issues.map(formatIssue)).toContain(
      'content/cases/page/en.mdx:1: slug: "page" is the name of a page of the case index (/cases/page); choose another slug',
    );
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { formatIssue, type Issue } from "@/lib/problems/issues";
import { inspectDraft } from "@/lib/desk/inspect";
import type { DraftInput } from "@/lib/desk/materialize";
import { checkProject } from "@/lib/editor/check-project";
import { HOSTILE_MDX } from "../fixtures/hostile-mdx";

const GOOD = path.resolve("tests/fixtures/content-good");
const BROKEN = path.resolve("tests/fixtures/broken");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "desk-inspect-"));
const saved = process.env.DESK_REPO_DIR;
let repo = "";
beforeAll(() => {
  repo = fs.mkdtempSync(path.join(work, "repo-"));
  fs.cpSync(GOOD, repo, { recursive: true });
  process.env.DESK_REPO_DIR = repo;
});
afterAll(() => {
  if (saved === undefined) delete process.env.DESK_REPO_DIR;
  else process.env.DESK_REPO_DIR = saved;
  fs.rmSync(work, { recursive: true, force: true });
});

const good = (rel: string) => fs.readFileSync(path.join(GOOD, rel), "utf8");
const empty = { region: null, sources: [], observations: [], events: [] };
const lines = (issues: Issue[]) => issues.map(formatIssue).sort();

// The full content:check on the good project with `files` written over it: what publishing would run.
function fullCheck(files: Record<string, string>): Issue[] {
  const root = fs.mkdtempSync(path.join(work, "full-"));
  fs.cpSync(GOOD, root, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return checkProject(root).issues;
}

const fixtureFiles = (name: string) =>
  (fs.readdirSync(path.join(BROKEN, name), { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(BROKEN, name, f)).isFile())
    .map((f) => f.split(path.sep).join("/"));

// Fixtures a draft cannot express: a case with one language (a draft always has both), the glossary (no draft edits
// it), two data mistakes the desk makes impossible (a pending figure with a published key replaces that row;
// pending events are placed in date order), and disagreements.csv, which the desk does not edit.
const NOT_A_DRAFT = [
  "missing-locale",
  "unknown-related-term",
  "duplicate-observation",
  "events-out-of-order",
  "disagreement-not-member",
];
const fixtures = fs.readdirSync(BROKEN).filter((f) => !NOT_A_DRAFT.includes(f));

describe("a draft's check gives what the full content:check gives", () => {
  for (const name of fixtures) {
    const files = fixtureFiles(name);
    const kase = files.find((f) => f.startsWith("content/cases/"));
    if (kase) {
      it(`${name}: the same problems, at the same lines`, () => {
        const slug = kase.split("/")[2]!;
        const text = (l: string) => {
          const rel = `content/cases/${slug}/${l}.mdx`;
          return files.includes(rel) ? fs.readFileSync(path.join(BROKEN, name, rel), "utf8") : good(rel);
        };
        const full = fullCheck(
          Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(BROKEN, name, f), "utf8")])),
        );
        expect(full.length).toBeGreaterThan(0);
        expect(lines(inspectDraft({ kind: "case", slug, zh: text("zh"), en: text("en"), data: empty }).issues)).toEqual(
          lines(full),
        );
      });
    } else {
      // The rows the fixture adds or changes, sent as a draft's pending rows; a pending figure's problem is reported
      // in the draft's own list (it is never written), so the messages are compared, not the places.
      it(`${name}: the same problems, from the rows as rows`, () => {
        const [file] = files;
        const kind = path.basename(file!, ".csv") as "sources" | "observations";
        const rows = (text: string) =>
          parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
        const before = new Set(rows(good(file!)).map((r) => JSON.stringify(r)));
        const added = rows(fs.readFileSync(path.join(BROKEN, name, file!), "utf8")).filter(
          (r) => !before.has(JSON.stringify(r)),
        );
        expect(added.length).toBeGreaterThan(0);
        const full = fullCheck({ [file!]: fs.readFileSync(path.join(BROKEN, name, file!), "utf8") });
        expect(full.length).toBeGreaterThan(0);
        const d: DraftInput = { kind: "data", slug: "lichuan", zh: "", en: "", data: { ...empty, [kind]: added } };
        const messages = (issues: Issue[]) => issues.map((i) => `${i.code}: ${i.message}`).sort();
        expect(messages(inspectDraft(d).issues)).toEqual(messages(full));
      });
    }
  }

  // Every hostile line of tests/fixtures/hostile-mdx.ts, typed into the English text of a published case.
  for (const h of HOSTILE_MDX)
    it(`hostile MDX, ${h.name}: the same problems, at the same lines`, () => {
      const en = good("content/cases/lichuan/en.mdx").replace(
        "\n## ",
        `\n${h.mdx.replace("CANARY", "/tmp/never")}\n\n## `,
      );
      const full = fullCheck({ "content/cases/lichuan/en.mdx": en });
      expect(
        lines(
          inspectDraft({ kind: "case", slug: "lichuan", zh: good("content/cases/lichuan/zh.mdx"), en, data: empty })
            .issues,
        ),
      ).toEqual(lines(full));
    });
});

describe("the index of the published content", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is built again when content/ changes", () => {
    const zh = good("content/cases/lichuan/zh.mdx");
    const en = good("content/cases/lichuan/en.mdx");
    const d = { kind: "case" as const, slug: "lichuan", zh, en, data: empty };
    expect(inspectDraft(d).issues).toEqual([]);
    // The case cites a source that a new published row renames away: the draft's check must see the new sources.csv.
    const sources = path.join(repo, "content/data/sources.csv");
    const text = fs.readFileSync(sources, "utf8");
    fs.writeFileSync(sources, text.replace(/^lichuan-chapter,/m, "lichuan-chapter-renamed,"));
    try {
      expect(inspectDraft(d).issues.map((i) => i.code)).toContain("unknownSource");
    } finally {
      fs.writeFileSync(sources, text);
    }
    expect(inspectDraft(d).issues).toEqual([]);
    // A new published case folder is known to the draft's links at once.
    const en2 = en.replace("\n## ", "\nSee [the other case](/en/cases/lichuan-other).\n\n## ");
    expect(inspectDraft({ ...d, en: en2 }).issues.map((i) => i.code)).toEqual(["linkNoCase"]);
    fs.cpSync(path.join(repo, "content/cases/lichuan"), path.join(repo, "content/cases/lichuan-other"), {
      recursive: true,
    });
    try {
      expect(inspectDraft({ ...d, en: en2 }).issues).toEqual([]);
    } finally {
      fs.rmSync(path.join(repo, "content/cases/lichuan-other"), { recursive: true });
    }
  });

  it("sees a file rewritten in another case's folder once the folder stamps are read again (every 2 s)", () => {
    const other = path.join(repo, "content/cases/lichuan-other");
    fs.cpSync(path.join(repo, "content/cases/lichuan"), other, { recursive: true });
    try {
      const source = {
        id: "extra-report",
        title: "报告",
        title_en: "Report",
        publisher: "某社",
        publisher_en: "A press",
        date: "2021",
        url: "",
        language: "zh",
      };
      const d: DraftInput = { kind: "data", slug: "lichuan", zh: "", en: "", data: { ...empty, sources: [source] } };
      expect(inspectDraft(d).issues.map((i) => i.code)).toEqual(["uncited"]);
      // Renamed into place, as publishing and git write files: the other case now cites the pending source.
      const en = path.join(other, "en.mdx");
      fs.writeFileSync(
        `${en}.tmp`,
        fs.readFileSync(en, "utf8").replace("\n## ", '\nA report<Cite id="extra-report" />.\n\n## '),
      );
      fs.renameSync(`${en}.tmp`, en);
      const later = Date.now() + 3000;
      vi.spyOn(Date, "now").mockReturnValue(later);
      expect(inspectDraft(d).issues).toEqual([]);
    } finally {
      fs.rmSync(other, { recursive: true });
    }
  });

  it("is not rebuilt when nothing changed, and no save or view copies content/ or makes a folder", () => {
    const d = {
      kind: "case" as const,
      slug: "lichuan",
      zh: good("content/cases/lichuan/zh.mdx"),
      en: good("content/cases/lichuan/en.mdx"),
      data: empty,
    };
    inspectDraft(d);
    const mkdtemp = vi.spyOn(fs, "mkdtempSync");
    const cp = vi.spyOn(fs, "cpSync");
    const mkdir = vi.spyOn(fs, "mkdirSync");
    const write = vi.spyOn(fs, "writeFileSync");
    const read = vi.spyOn(fs, "readFileSync");
    const obs = {
      region: "lichuan",
      indicator: "poverty_incidence",
      year: "2016",
      value: "8.5",
      basis: "official",
      source: "lichuan-chapter",
      note_zh: "",
      note_en: "",
    };
    inspectDraft({ ...d, data: { ...empty, observations: [obs] } });
    inspectDraft({ ...d, zh: d.zh + "\n补充。\n" });
    expect(mkdtemp).not.toHaveBeenCalled();
    expect(cp).not.toHaveBeenCalled();
    expect(mkdir).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    // Only the draft's own two files are read (for the diff): the index was not built again.
    expect(new Set(read.mock.calls.map((c) => path.relative(repo, String(c[0]))))).toEqual(
      new Set(["content/cases/lichuan/zh.mdx", "content/cases/lichuan/en.mdx"]),
    );
  });
});

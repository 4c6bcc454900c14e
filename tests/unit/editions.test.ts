import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveEditions } from "@/lib/editions/derive";
import { HistoryError, readBlobs, readHistory } from "@/lib/editions/git-history";
import { cacheDir, loadEditions, WITHOUT_HISTORY } from "@/lib/editions/store";
import { git, scratchRepo } from "./git-fixture";

// The history → editions derivation on a scratch repository: a first commit in an old layout (observations.csv with
// a single `note` column and no year_inferred columns; frontmatter with a field the schema no longer has), a commit
// that only reformats, a text edit, a figure change, a merge, and changes left uncommitted.

const GOOD = path.resolve("tests/fixtures/content-good");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "editions-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const EN = "content/cases/lichuan/en.mdx";
const ZH = "content/cases/lichuan/zh.mdx";
const OBS = "content/data/observations.csv";
const OLD_OBS = `region,indicator,year,value,basis,source,note
lichuan,poor_population,2014,11.10,official,communique,
lichuan,poverty_incidence,2013,27.4,official,lichuan-chapter,as published
lichuan,poverty_incidence,2019,0.25,official,lichuan-chapter,
`;

let repo = "";
const edit = (file: string, f: (s: string) => string) =>
  fs.writeFileSync(path.join(repo, file), f(fs.readFileSync(path.join(repo, file), "utf8")));
const commit = (message: string) => {
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", message);
  return git(repo, "rev-parse", "HEAD");
};
const commits: Record<string, string> = {};

beforeAll(() => {
  // The first commit: today's fixture written the old way.
  const src = fs.mkdtempSync(path.join(work, "src-"));
  fs.cpSync(GOOD, src, { recursive: true });
  fs.writeFileSync(path.join(src, OBS), OLD_OBS);
  for (const f of [EN, ZH])
    fs.writeFileSync(
      path.join(src, f),
      fs.readFileSync(path.join(src, f), "utf8").replace("updated: 2026-11-23", "updated: 2026-11-23\ndraft: false"),
    );
  repo = scratchRepo(work, src);
  commits.start = git(repo, "rev-parse", "HEAD");

  // Layout only: YAML quoting, a paragraph's line breaks, the `updated` date, the new CSV columns (empty).
  edit(EN, (s) =>
    s
      .replace('title: "Lichuan: targeted poverty alleviation"', "title: 'Lichuan: targeted poverty alleviation'")
      .replace("Lichuan is a county-level city in Hubei", "Lichuan is a\ncounty-level    city in Hubei")
      .replace("updated: 2026-11-23", "updated: 2026-12-01"),
  );
  fs.copyFileSync(path.join(GOOD, OBS), path.join(repo, OBS));
  edit(OBS, (s) =>
    s.replace("2013,27.4,official,lichuan-chapter,,", "2013,27.4,official,lichuan-chapter,as published,as published"),
  );
  // bases.csv with its columns in another order: the same records.
  edit("content/data/bases.csv", (s) =>
    s
      .trimEnd()
      .split("\n")
      .map((line) => {
        const [key, ...rest] = line.split(",");
        return [...rest, key].join(",");
      })
      .join("\n"),
  );
  commits.format = commit("reformat");

  edit(EN, (s) => s.replace("county-level    city in Hubei", "county-level city in south-western Hubei"));
  commits.text = commit("a sentence in English");

  edit(OBS, (s) => s.replace("2019,0.25,", "2019,0.30,"));
  commits.figure = commit("a figure corrected");

  // A figure of another region (not the case's) changes the data but not the case.
  edit(OBS, (s) => `${s}hubei,poverty_incidence,2019,0.1,official,communique,,,,\n`);
  commits.other = commit("another region's figure");

  // A branch merged into main: one publication, dated by the merge.
  git(repo, "checkout", "-q", "-b", "side");
  edit(ZH, (s) => s.replace("## 经验与启示 {#lessons}", "## 经验与启示 {#lessons}\n\n新增一句话。"));
  commit("zh lessons");
  edit(EN, (s) => s.replace("## Lessons {#lessons}", "## Lessons {#lessons}\n\nOne more sentence."));
  commit("en lessons");
  git(repo, "checkout", "-q", "main");
  git(repo, "merge", "-q", "--no-ff", "-m", "merge side", "side");
  commits.merge = git(repo, "rev-parse", "HEAD");
});

describe("the history reader", () => {
  it("reads the first-parent line, oldest first, with each commit's changes", () => {
    const h = readHistory(repo);
    expect(h.head).toBe(commits.merge);
    expect(h.commits.map((c) => c.commit)).toEqual([
      commits.start,
      commits.format,
      commits.text,
      commits.figure,
      commits.other,
      commits.merge,
    ]);
    // The merge is one commit with both files the side branch changed, against its first parent.
    expect(
      h.commits
        .at(-1)!
        .changes.map((c) => c.path)
        .sort(),
    ).toEqual([EN, ZH]);
    const blob = h.commits[3]!.changes.find((c) => c.path === OBS)!.blob!;
    expect(readBlobs(repo, [blob]).get(blob)).toContain("2019,0.30,");
  });

  it("refuses a shallow clone and a folder that is not a repository, saying what to do", () => {
    const shallow = path.join(work, "shallow");
    execFileSync("git", ["clone", "-q", "--depth", "2", `file://${repo}`, shallow]);
    expect(() => readHistory(shallow)).toThrow(HistoryError);
    expect(() => readHistory(shallow)).toThrow(/shallow clone.*\n.*EDITIONS_WITHOUT_HISTORY=1/s);
    const plain = fs.mkdtempSync(path.join(work, "plain-"));
    expect(() => readHistory(plain)).toThrow(/is not a git repository/);
  });
});

describe("editions derived from the history", () => {
  const derived = () => {
    const h = readHistory(repo);
    const blobs = readBlobs(
      repo,
      h.commits.flatMap((c) => c.changes.map((x) => x.blob).filter((b): b is string => !!b)),
    );
    return deriveEditions(h, (id) => blobs.get(id)!);
  };

  it("makes an edition for a text edit, a figure change and a merge, and none for a change of layout only", () => {
    const list = derived().cases.lichuan!.editions;
    expect(list.map((e) => [e.number, e.commit])).toEqual([
      [1, commits.start],
      [2, commits.text],
      [3, commits.figure],
      [4, commits.merge],
    ]);
    expect(list[0]!.changes).toEqual({ first: true, fields: [], sections: [], figures: [] });
    expect(list[0]!.title).toEqual({
      zh: expect.stringContaining("利川"),
      en: "Lichuan: targeted poverty alleviation",
    });
  });

  it("says what each edition changed: sections and their languages, figures with old and new values", () => {
    const [, text, figure, merge] = derived().cases.lichuan!.editions;
    expect(text!.changes).toEqual({
      first: false,
      fields: [],
      // Named in both languages; changed in English only.
      sections: [{ id: "background", title: { zh: "背景", en: "Background" }, locales: ["en"] }],
      figures: [],
    });
    expect(figure!.changes.figures).toEqual([
      {
        region: "lichuan",
        indicator: "poverty_incidence",
        year: 2019,
        basis: "official",
        source: "lichuan-chapter",
        old: "0.25",
        new: "0.30",
      },
    ]);
    expect(figure!.changes.sections).toEqual([]);
    expect(merge!.changes.sections).toEqual([
      { id: "lessons", title: { zh: "经验与启示", en: "Lessons" }, locales: ["zh", "en"] },
    ]);
    // The edition is dated by the commit, as its committer's clock read it.
    expect(merge!.date).toBe(git(repo, "log", "-1", "--format=%cI", commits.merge!).slice(0, 10));
  });

  it("keeps each edition's figures, read from the old layout as from the new", () => {
    const { figures } = derived().cases.lichuan!;
    const row = (n: number, year: number) =>
      figures[n]!.rows.find((r) => r.indicator === "poverty_incidence" && r.year === year);
    expect(row(0, 2013)).toMatchObject({ value: "27.4", note_zh: "as published", note_en: "as published" });
    expect(row(0, 2019)!.value).toBe("0.25");
    expect(row(2, 2019)!.value).toBe("0.30");
    expect(figures[0]!.units).toEqual({ poor_population: "10k_persons", poverty_incidence: "percent" });
    // The other region's row is not the case's.
    expect(figures.at(-1)!.rows.some((r) => r.region === "hubei")).toBe(false);
  });

  it("numbers editions of the data by the commits that changed the published data", () => {
    const data = derived().data.editions;
    // The reformatting commit renamed the published column `note` to note_zh and note_en: the data's records changed
    // (the case's figures did not). Columns added empty, or in another order, would not have made an edition.
    expect(data.map((e) => [e.number, e.commit, e.files])).toEqual([
      [1, commits.start, ["bases", "events", "indicators", "observations", "regions", "sources"]],
      [2, commits.format, ["observations"]],
      [3, commits.figure, ["observations"]],
      [4, commits.other, ["observations"]],
    ]);
  });
});

describe("the editions of a build", () => {
  it("are kept in .next/cache keyed by the HEAD commit, with the texts edition pages draw", () => {
    const e = loadEditions(repo, "2026-12-31");
    expect(e.status).toBe("history");
    expect(e.unpublished).toEqual({ cases: {}, data: null });
    const files = fs.readdirSync(cacheDir(repo));
    expect(files).toContain(`v1-${commits.merge}.json`);
    const first = e.cases.lichuan!.editions[0]!.texts!.en;
    expect(fs.readFileSync(path.join(cacheDir(repo), "texts", `${first}.mdx`), "utf8")).toContain('"Lichuan:');
  });

  it("parse each text version once: a new HEAD reuses the states earlier builds kept", () => {
    loadEditions(repo, "2026-12-31");
    const states = path.join(cacheDir(repo), "states-v1.json");
    const kept = JSON.parse(fs.readFileSync(states, "utf8")) as Record<string, { title: string }>;
    const first = loadEditions(repo).cases.lichuan!.editions[0]!.texts!.en;
    kept[`en:${first}`]!.title = "kept by an earlier build";
    fs.writeFileSync(states, JSON.stringify(kept));
    fs.rmSync(path.join(cacheDir(repo), `v1-${commits.merge}.json`));
    expect(loadEditions(repo).cases.lichuan!.editions[0]!.title.en).toBe("kept by an earlier build");
    // Put back as derived from git.
    fs.rmSync(states);
    fs.rmSync(path.join(cacheDir(repo), `v1-${commits.merge}.json`));
    expect(loadEditions(repo).cases.lichuan!.editions[0]!.title.en).toBe("Lichuan: targeted poverty alleviation");
  });

  it("count uncommitted changes as an unpublished edition, and a case not yet committed as its unpublished first", () => {
    edit(EN, (s) => s.replace("One more sentence.", "One more sentence, changed."));
    fs.cpSync(path.join(repo, "content/cases/lichuan"), path.join(repo, "content/cases/lichuan-copy"), {
      recursive: true,
    });
    try {
      const e = loadEditions(repo, "2026-12-31");
      expect(e.unpublished.cases.lichuan).toMatchObject({
        number: 5,
        commit: null,
        date: "2026-12-31",
        changes: { sections: [{ id: "lessons", locales: ["en"] }] },
      });
      expect(e.unpublished.cases["lichuan-copy"]).toMatchObject({ number: 1, commit: null, changes: { first: true } });
      expect(e.unpublished.data).toBeNull();
    } finally {
      git(repo, "checkout", "-q", "--", EN);
      fs.rmSync(path.join(repo, "content/cases/lichuan-copy"), { recursive: true });
    }
  });

  it("a reformatted working copy has no unpublished edition; changed data has", () => {
    edit(EN, (s) => s.replace("One more sentence.", "One   more\nsentence."));
    edit(OBS, (s) => s.replace("hubei,poverty_incidence,2019,0.1,", "hubei,poverty_incidence,2019,0.2,"));
    try {
      const e = loadEditions(repo, "2026-12-31");
      expect(e.unpublished.cases).toEqual({});
      expect(e.unpublished.data).toMatchObject({ number: 5, commit: null, files: ["observations"] });
    } finally {
      git(repo, "checkout", "-q", "--", EN, OBS);
    }
  });

  it("fail without the history unless EDITIONS_WITHOUT_HISTORY=1, which marks every case unknown", () => {
    const copy = fs.mkdtempSync(path.join(work, "copy-"));
    fs.cpSync(path.join(repo, "content"), path.join(copy, "content"), { recursive: true });
    expect(() => loadEditions(copy)).toThrow(HistoryError);
    process.env[WITHOUT_HISTORY] = "1";
    try {
      const e = loadEditions(copy, "2026-12-31");
      expect(e.status).toBe("no-history");
      expect(e.unpublished.cases.lichuan).toMatchObject({ number: 1, commit: null });
    } finally {
      delete process.env[WITHOUT_HISTORY];
    }
  });
});

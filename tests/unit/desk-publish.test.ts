import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { git, scratchRepo } from "./git-fixture";
import { figureDraft } from "./desk-draft-fixture";
import { afterAll, describe, expect, it } from "vitest";
import { publishDraft } from "@/lib/desk/publish";

const GOOD = path.resolve("tests/fixtures/content-good");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "desk-publish-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const repo = () => scratchRepo(work, GOOD);

const lichuan = (locale: "zh" | "en") =>
  fs.readFileSync(path.join(GOOD, `content/cases/lichuan/${locale}.mdx`), "utf8");
const people = {
  author: { name: "Ed Itor", email: "ed@example.org" },
  reviewer: { name: "Rae Viewer", email: "rev@example.org" },
};
const empty = { region: null, sources: [], observations: [], events: [] };

describe("publishing a draft", () => {
  it("commits the draft's files with the editor as author and a Reviewed-by trailer", async () => {
    const dir = repo();
    const source = {
      id: "new-report",
      title: "新报告",
      title_en: "New report",
      publisher: "某出版社",
      publisher_en: "A publisher",
      date: "2021",
      url: "",
      language: "zh",
      seed_file: "",
      note: "",
    };
    const obs = {
      region: "lichuan",
      indicator: "poverty_incidence",
      year: "2016",
      value: "8.50",
      basis: "official",
      source: "new-report",
      note_zh: "",
      note_en: "",
    };
    const r = await publishDraft(
      dir,
      {
        slug: "lichuan-two",
        zh: lichuan("zh"),
        en: lichuan("en"),
        data: { ...empty, sources: [source], observations: [obs] },
      },
      people.author,
      people.reviewer,
      "Case lichuan-two",
    );
    expect(r).toMatchObject({ ok: true });
    expect(git(dir, "log", "-1", "--format=%an <%ae>|%s")).toBe("Ed Itor <ed@example.org>|Case lichuan-two");
    expect(git(dir, "log", "-1", "--format=%B")).toContain("Reviewed-by: Rae Viewer <rev@example.org>");
    expect(git(dir, "show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual([
      "content/cases/lichuan-two/en.mdx",
      "content/cases/lichuan-two/zh.mdx",
      "content/data/observations.csv",
      "content/data/sources.csv",
    ]);
    expect(fs.readFileSync(path.join(dir, "content/data/observations.csv"), "utf8")).toContain(
      "lichuan,poverty_incidence,2016,8.50,official,new-report,,",
    );
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("refuses when content:check fails and leaves the working tree exactly as it was", async () => {
    const dir = repo();
    const before = git(dir, "rev-parse", "HEAD");
    const en = lichuan("en").replace("year={2019}", "year={2015}");
    const r = await publishDraft(
      dir,
      { slug: "lichuan-two", zh: lichuan("zh"), en, data: empty },
      people.author,
      people.reviewer,
      "Case lichuan-two",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe("content:check");
      expect(r.issues.map((i) => `${i.file}:${i.line}`)).toContain("content/cases/lichuan-two/en.mdx:32");
    }
    expect(git(dir, "rev-parse", "HEAD")).toBe(before);
    expect(git(dir, "status", "--porcelain", "--untracked-files=all")).toBe("");
    expect(fs.existsSync(path.join(dir, "content/cases/lichuan-two"))).toBe(false);
  });

  it("refuses data rows that db:build would refuse, writing nothing", async () => {
    const dir = repo();
    const obs = {
      region: "lichuan",
      indicator: "poverty_incidence",
      year: "2016",
      value: "8,5",
      basis: "official",
      source: "nowhere",
      note_zh: "",
      note_en: "",
    };
    const r = await publishDraft(
      dir,
      { slug: "lichuan-two", zh: lichuan("zh"), en: lichuan("en"), data: { ...empty, observations: [obs] } },
      people.author,
      people.reviewer,
      "x",
    );
    expect(r.ok).toBe(false);
    expect(git(dir, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("refuses to write over uncommitted changes", async () => {
    const dir = repo();
    fs.appendFileSync(path.join(dir, "content/data/sources.csv"), "");
    fs.writeFileSync(path.join(dir, "content/cases/lichuan/en.mdx"), lichuan("en") + "\nlocal edit\n");
    const r = await publishDraft(
      dir,
      { slug: "lichuan", zh: lichuan("zh"), en: lichuan("en").replace("None", "Some"), data: empty },
      people.author,
      people.reviewer,
      "x",
    );
    expect(r).toMatchObject({ ok: false, reason: "dirty" });
    expect(fs.readFileSync(path.join(dir, "content/cases/lichuan/en.mdx"), "utf8")).toContain("local edit");
  });

  it("publishes a data change on its own: one commit touching only content/data, by the editor, reviewed by the reviewer", async () => {
    const dir = repo();
    const source = {
      id: "data-only-report",
      title: "数据报告",
      title_en: "Data report",
      publisher: "某出版社",
      publisher_en: "A publisher",
      date: "2021",
      url: "",
      language: "zh",
      seed_file: "",
      note: "",
    };
    const obs = {
      region: "lichuan",
      indicator: "poverty_incidence",
      year: "2016",
      value: "8.50",
      basis: "official",
      source: "data-only-report",
      note_zh: "",
      note_en: "",
    };
    const event = {
      region: "lichuan",
      date: "2016-05",
      kind: "policy",
      label_zh: "测试事件",
      label_en: "A test event",
      source: "data-only-report",
    };
    // zh and en are ignored for a data change: even text that would fail content:check is not written.
    const r = await publishDraft(
      dir,
      {
        kind: "data",
        slug: "lichuan",
        zh: "not mdx {1+1}",
        en: "",
        data: { ...empty, sources: [source], observations: [obs], events: [event] },
      },
      people.author,
      people.reviewer,
      "Data: Lichuan 2016",
    );
    expect(r).toMatchObject({
      ok: true,
      files: ["content/data/sources.csv", "content/data/observations.csv", "content/data/events.csv"],
    });
    expect(git(dir, "log", "-1", "--format=%an <%ae>|%s")).toBe("Ed Itor <ed@example.org>|Data: Lichuan 2016");
    expect(git(dir, "log", "-1", "--format=%B")).toContain("Reviewed-by: Rae Viewer <rev@example.org>");
    expect(git(dir, "rev-list", "--count", "HEAD")).toBe("2");
    expect(git(dir, "show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual([
      "content/data/events.csv",
      "content/data/observations.csv",
      "content/data/sources.csv",
    ]);
    expect(fs.readFileSync(path.join(dir, "content/data/observations.csv"), "utf8")).toContain(
      "lichuan,poverty_incidence,2016,8.50,official,data-only-report,,",
    );
    expect(fs.readFileSync(path.join(dir, "content/cases/lichuan/en.mdx"), "utf8")).toBe(lichuan("en"));
    expect(git(dir, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("two approvals at once publish in turn: both commits land, each with only its own rows", async () => {
    const dir = repo();
    const draft = figureDraft;
    // Both start in the same tick, as two reviewers clicking "Approve" together would.
    const [a, b] = await Promise.all([
      publishDraft(dir, draft("2016", "8.50"), people.author, people.reviewer, "Data: 2016"),
      publishDraft(dir, draft("2017", "5.10"), people.author, people.reviewer, "Data: 2017"),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: true });
    expect(git(dir, "log", "--format=%s", "-2").split("\n")).toEqual(["Data: 2017", "Data: 2016"]);
    expect(git(dir, "show", "--format=", "HEAD", "--", "content/data/observations.csv")).toMatch(
      /^\+lichuan,poverty_incidence,2017,5.10,/m,
    );
    expect(git(dir, "show", "--format=", "HEAD", "--", "content/data/observations.csv")).not.toMatch(
      /^\+lichuan,poverty_incidence,2016,/m,
    );
    expect(git(dir, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("refuses a data change with a bad row and leaves the tree as it was", async () => {
    const dir = repo();
    const before = git(dir, "rev-parse", "HEAD");
    const csv = () =>
      Object.fromEntries(
        ["sources", "observations", "events"].map((f) => [
          f,
          fs.readFileSync(path.join(dir, `content/data/${f}.csv`), "utf8"),
        ]),
      );
    const was = csv();
    const source = {
      id: "data-only-report",
      title: "数据报告",
      title_en: "Data report",
      publisher: "某出版社",
      publisher_en: "A publisher",
      date: "2021",
      url: "",
      language: "zh",
      seed_file: "",
      note: "",
    };
    // A good source and a figure whose value is not a number: nothing of either is written.
    const obs = {
      region: "lichuan",
      indicator: "poverty_incidence",
      year: "2016",
      value: "8,5",
      basis: "official",
      source: "data-only-report",
      note_zh: "",
      note_en: "",
    };
    const r = await publishDraft(
      dir,
      { kind: "data", slug: "lichuan", zh: "", en: "", data: { ...empty, sources: [source], observations: [obs] } },
      people.author,
      people.reviewer,
      "Data: bad",
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toContainEqual(
        expect.objectContaining({ field: "value", message: expect.stringContaining(`(got "8,5")`) }),
      );
    expect(git(dir, "rev-parse", "HEAD")).toBe(before);
    expect(git(dir, "status", "--porcelain", "--untracked-files=all")).toBe("");
    expect(csv()).toEqual(was);
  });

  it("refuses a data change with no rows: there is nothing to commit", async () => {
    const dir = repo();
    const r = await publishDraft(
      dir,
      { kind: "data", slug: "lichuan", zh: "", en: "", data: empty },
      people.author,
      people.reviewer,
      "Data: nothing",
    );
    expect(r).toMatchObject({ ok: false, reason: "empty" });
    expect(git(dir, "rev-list", "--count", "HEAD")).toBe("1");
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { materialize, withMaterialized } from "@/lib/desk/materialize";

const GOOD = path.resolve("tests/fixtures/content-good");
const lichuan = (l: string) => fs.readFileSync(path.join(GOOD, `content/cases/lichuan/${l}.mdx`), "utf8");
const event = (date: string, label: string) => ({ region: "lichuan", date, kind: "milestone", label_zh: label, label_en: label, source: "lichuan-chapter" });

describe("a draft laid over the repository", () => {
  it("lists exactly the files publishing would change, with events kept in date order per region", () => {
    const m = materialize(GOOD, { slug: "lichuan", zh: lichuan("zh"), en: lichuan("en"), data: { region: null, sources: [], observations: [], events: [event("2017-06", "mid"), event("2014", "early")] } });
    try {
      expect(m.dataIssues).toEqual([]);
      expect(m.files.map((f) => f.path).sort()).toEqual(["content/data/events.csv"]);
      const lines = m.files[0]!.after.trim().split("\n").map((l) => l.split(",").slice(0, 2).join(","));
      expect(lines).toEqual(["region,date", "lichuan,2014", "lichuan,2015", "lichuan,2017-06", "lichuan,2020-04"]);
      // The repository itself is untouched.
      expect(fs.readFileSync(path.join(GOOD, "content/data/events.csv"), "utf8").split("\n")).toHaveLength(4);
    } finally {
      m.cleanup();
    }
  });

  it("reports a pending figure that db:build would refuse, naming the column", () => {
    const m = materialize(GOOD, { slug: "lichuan", zh: lichuan("zh"), en: lichuan("en"), data: { region: null, sources: [], events: [], observations: [{ region: "lichuan", indicator: "poverty_incidence", year: "2016", value: "8,5", basis: "official", source: "lichuan-chapter", note_zh: "", note_en: "" }] } });
    m.cleanup();
    expect(m.dataIssues.map((i) => i.field)).toContain("value");
  });

  it("reports a bad pending event and a bad pending figure each as its own problem", () => {
    const obs = { region: "lichuan", indicator: "poverty_incidence", year: "2016", value: "8.5", basis: "official", source: "no-such-source", note_zh: "", note_en: "" };
    const m = materialize(GOOD, { slug: "lichuan", zh: lichuan("zh"), en: lichuan("en"), data: { region: null, sources: [], events: [{ ...event("2016", "bad"), source: "also-missing" }], observations: [obs] } });
    m.cleanup();
    const where = m.dataIssues.map((i) => `${i.file.includes("events") ? "events" : "observations"}: ${i.message}`);
    expect(where).toEqual([expect.stringMatching(/^observations: .*no-such-source/)]);
    // The event's unknown source is left to the full check (content:check), which reads events.csv as written.
    expect(m.files.map((f) => f.path)).toEqual(["content/data/events.csv"]);
  });
});

describe("no temporary folder survives", () => {
  // A TMPDIR of this test's own, so "none left" is exact (os.tmpdir() reads TMPDIR on every call).
  let tmp = "";
  const saved = process.env.TMPDIR;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "materialize-test-"));
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  const left = () => fs.readdirSync(tmp).filter((f) => f.startsWith("desk-draft-"));
  const draft = { slug: "lichuan", zh: lichuan("zh"), en: lichuan("en"), data: { region: null, sources: [], observations: [], events: [] } };

  it("when laying the draft fails (a slug too long for a folder name)", () => {
    expect(() => materialize(GOOD, { ...draft, slug: "a".repeat(300) })).toThrow(/ENAMETOOLONG/);
    expect(left()).toEqual([]);
  });

  it("when the work on the folder fails, and when it succeeds", () => {
    expect(() => withMaterialized(GOOD, draft, () => { throw new Error("boom"); })).toThrow("boom");
    expect(left()).toEqual([]);
    expect(withMaterialized(GOOD, draft, (m) => { expect(left()).toHaveLength(1); return m.files.length; })).toBe(0);
    expect(left()).toEqual([]);
  });
});

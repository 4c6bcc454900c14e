import fs from "node:fs";
import path from "node:path";
import { observationRow } from "./desk-draft-fixture";
import { describe, expect, it } from "vitest";
import { contentIndex } from "@/lib/desk/content-index";
import { layDraft } from "@/lib/desk/materialize";

const GOOD = path.resolve("tests/fixtures/content-good");
const lichuan = (l: string) => fs.readFileSync(path.join(GOOD, `content/cases/lichuan/${l}.mdx`), "utf8");
const event = (date: string, label: string) => ({
  region: "lichuan",
  date,
  kind: "milestone",
  label_zh: label,
  label_en: label,
  source: "lichuan-chapter",
});
const lay = (data: Parameters<typeof layDraft>[1]["data"]) =>
  layDraft(contentIndex(GOOD), { slug: "lichuan", zh: lichuan("zh"), en: lichuan("en"), data });

describe("a draft laid over the published content, in memory", () => {
  it("lists exactly the files publishing would change, with events kept in date order per region", () => {
    const m = lay({
      region: null,
      sources: [],
      observations: [],
      events: [event("2017-06", "mid"), event("2014", "early")],
    });
    expect(m.dataIssues).toEqual([]);
    expect(m.files.map((f) => f.path).sort()).toEqual(["content/data/events.csv"]);
    const lines = m.files[0]!.after.trim()
      .split("\n")
      .map((l) => l.split(",").slice(0, 2).join(","));
    expect(lines).toEqual(["region,date", "lichuan,2014", "lichuan,2015", "lichuan,2017-06", "lichuan,2020-04"]);
    // The rows the check sees are at the lines they are written to.
    expect(m.dataset.events.map((e) => `${e.line}:${e.row.date}`)).toEqual([
      "2:2014",
      "3:2015",
      "4:2017-06",
      "5:2020-04",
    ]);
    // The repository itself is untouched.
    expect(fs.readFileSync(path.join(GOOD, "content/data/events.csv"), "utf8").split("\n")).toHaveLength(4);
  });

  it("reports a pending figure that db:build would refuse, naming the column", () => {
    const m = lay({
      region: null,
      sources: [],
      events: [],
      observations: [observationRow("2016", "8,5", "lichuan-chapter")],
    });
    expect(m.dataIssues.map((i) => i.field)).toContain("value");
    expect(m.files).toEqual([]);
  });

  it("reports a bad pending event and a bad pending figure each as its own problem, the event at its line in events.csv", () => {
    const obs = {
      region: "lichuan",
      indicator: "poverty_incidence",
      year: "2016",
      value: "8.5",
      basis: "official",
      source: "no-such-source",
      note_zh: "",
      note_en: "",
    };
    const m = lay({
      region: null,
      sources: [],
      events: [{ ...event("2016", "bad"), source: "also-missing" }],
      observations: [obs],
    });
    expect(m.dataIssues.map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual([
      expect.stringMatching(/^observations \(this draft\):2: .*no-such-source/),
      expect.stringMatching(/^content\/data\/events.csv:3: .*also-missing/),
    ]);
    expect(m.files.map((f) => f.path)).toEqual(["content/data/events.csv"]);
  });
});

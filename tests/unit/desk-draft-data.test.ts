import { describe, expect, it } from "vitest";
import { cellOf, csvRows, readPending } from "@/lib/desk/draft-data";
import { inputRows } from "@/lib/schemas/desk";

// A draft stored before the desk edited the domain shape: flat CSV rows, exactly as the desk database holds them.
const OLD = JSON.stringify({
  region: {
    slug: "lanxi",
    name_zh: "岚溪县",
    name_en: "Lanxi County",
    level: "county",
    parent: "enshi",
    adcode: "422897",
  },
  sources: [
    {
      id: "s",
      title: "题",
      title_en: "Title",
      publisher: "社",
      publisher_en: "Press",
      date: "2020",
      url: "",
      locator_zh: "",
      locator_en: "",
      language: "zh",
      note_zh: "注",
      note_en: "Note",
      seed_file: "",
      internal_note: "",
    },
  ],
  observations: [
    {
      region: "lanxi",
      indicator: "poverty_incidence",
      year: "2014",
      value: "12.30",
      basis: "official",
      source: "s",
      note_zh: "",
      note_en: "",
    },
  ],
  events: [{ region: "lanxi", date: "2015-03", kind: "policy", label_zh: "政策", label_en: "Policy", source: "s" }],
});

describe("a draft's rows: the domain shape in the desk, CSV cells at the boundary", () => {
  it("reads an old flat draft in the domain shape, losing nothing", () => {
    const p = readPending(OLD);
    expect(p.region).toEqual({
      slug: "lanxi",
      name: { zh: "岚溪县", en: "Lanxi County" },
      level: "county",
      parent: "enshi",
      adcode: "422897",
    });
    expect(p.sources[0]).toMatchObject({
      titleEn: "Title",
      publisher: { zh: "社", en: "Press" },
      note: { zh: "注", en: "Note" },
      seedFile: "",
      internalNote: "",
    });
    expect(cellOf(p.events[0]!, "label.en")).toBe("Policy");
    expect(cellOf(p.observations[0]!, "value")).toBe("12.30");
    // Back at the CSV boundary every cell is where it was.
    expect(csvRows(p)).toEqual(JSON.parse(OLD));
  });

  it("reads a draft stored in the domain shape the same as the old one", () => {
    const p = readPending(OLD);
    expect(readPending(JSON.stringify(p))).toEqual(p);
  });

  it("takes rows from an editor in the domain shape, and refuses a pair with an extra language", () => {
    expect(inputRows.safeParse([{ region: "lanxi", label: { zh: "政策", en: "Policy" } }]).success).toBe(true);
    expect(inputRows.safeParse([{ label: { zh: "政策", en: "Policy", fr: "Politique" } }]).success).toBe(false);
  });
});

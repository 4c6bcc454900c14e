import path from "node:path";
import { describe, expect, it } from "vitest";
import { atPath, domainPath, flatten, fromPaths, fromRow, nest, toRow } from "@/lib/dataset/domain";
import { readDataset } from "@/lib/dataset/load-dataset";
import { DATA_FILES, type DataFileName } from "@/lib/schemas/data";

const { dataset } = readDataset(path.join(process.cwd(), "content/data"));
const FILES = Object.keys(DATA_FILES) as DataFileName[];

describe("lib/dataset/domain: CSV rows ↔ the domain shape", () => {
  it("nests every bilingual column pair and renames the rest, then flattens back to the same row", () => {
    // disagreements.csv may be empty in content/data; its rows are tested below.
    for (const file of FILES.filter((f) => f !== "disagreements")) {
      expect(dataset[file].length, file).toBeGreaterThan(0);
      for (const { row } of dataset[file]) {
        const nested = nest(file, row);
        expect(
          Object.keys(nested).some((k) => /_(zh|en)$/.test(k)),
          `${file}: ${Object.keys(nested).join(",")}`,
        ).toBe(false);
        expect(flatten(file, nested), file).toEqual(row);
      }
    }
  });

  it("is idempotent, so a stored draft row in the old flat shape reads as a new one", () => {
    const flat = { region: "lanxi", date: "2019", kind: "policy", label_zh: "标签", label_en: "Label", source: "s" };
    const once = nest("events", flat);
    expect(once).toEqual({
      region: "lanxi",
      date: "2019",
      kind: "policy",
      label: { zh: "标签", en: "Label" },
      source: "s",
    });
    expect(nest("events", once)).toEqual(once);
    // A source's publisher column shares its name with the domain field: both shapes still read the same.
    const src = nest("sources", { id: "x", title: "题", title_en: "T", publisher: "社", publisher_en: "P" });
    expect(src).toEqual({ id: "x", title: "题", titleEn: "T", publisher: { zh: "社", en: "P" } });
    expect(nest("sources", src)).toEqual(src);
  });

  it("turns a disagreements.csv row into its domain shape and back, years as numbers", () => {
    const row = {
      region: "hunan",
      indicator: "poor_population",
      basis: "registered-poor",
      years: "2013 2014",
      preferred_source: "xinhua-2015-03-11",
      note_zh: "说明",
      note_en: "Note",
    };
    const d = fromRow.disagreements(row);
    expect(d).toEqual({
      region: "hunan",
      indicator: "poor_population",
      basis: "registered-poor",
      years: [2013, 2014],
      preferredSource: "xinhua-2015-03-11",
      note: { zh: "说明", en: "Note" },
    });
    expect(toRow.disagreements(d)).toEqual(row);
  });

  it("keeps a year's inference as a pair, or null when the source states the year", () => {
    const base = { ...dataset.observations[0]!.row, year_inferred_zh: null, year_inferred_en: null };
    expect(fromRow.observations(base).yearInferred).toBeNull();
    const inferred = fromRow.observations({ ...base, year_inferred_zh: "由报道推算", year_inferred_en: "inferred" });
    expect(inferred.yearInferred).toEqual({ zh: "由报道推算", en: "inferred" });
    expect(toRow.observations(inferred)).toMatchObject({
      year_inferred_zh: "由报道推算",
      year_inferred_en: "inferred",
    });
  });

  it("names each CSV column by its domain path, and builds rows from those paths", () => {
    expect(domainPath("events", "label_en")).toBe("label.en");
    expect(domainPath("sources", "publisher")).toBe("publisher.zh");
    expect(domainPath("sources", "title_en")).toBe("titleEn");
    expect(domainPath("observations", "year")).toBe("year");
    const row = fromPaths({ region: "a", "label.zh": "标", "label.en": "L" });
    expect(row).toEqual({ region: "a", label: { zh: "标", en: "L" } });
    expect(atPath(row, "label.en")).toBe("L");
  });

  it("gives the app's types: numbers with their published decimals, sources without editors' columns", () => {
    const obs = { ...dataset.observations[0]!.row, value: "0.60" };
    const o = fromRow.observations(obs);
    expect([o.value, o.decimals]).toEqual([0.6, 2]);
    expect(toRow.observations(o).value).toBe(obs.value);
    const withInternal = dataset.sources.find(({ row }) => row.internal_note !== null)!.row;
    const s = fromRow.sources(withInternal);
    expect(Object.keys(s)).not.toContain("internalNote");
    expect(JSON.stringify(toRow.sources(s))).not.toContain(withInternal.internal_note!);
    expect(s.publisher).toEqual({ zh: withInternal.publisher, en: withInternal.publisher_en });
  });
});

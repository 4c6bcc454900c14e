import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load-dataset";
import { regionEvents } from "@/lib/desk/preview-events";

const ev = (region: string, date: string, label: string) => ({
  file: "content/data/events.csv",
  line: 0,
  row: { region, date, kind: "policy" as const, label_zh: label, label_en: label, source: "s" },
});

describe("a region's events for the desk preview", () => {
  it("are the region's only, in date order like the store (a year before its months), ties kept in the CSV's order", () => {
    const ds = {
      events: [
        ev("hubei", "2016", "late"),
        ev("lichuan", "2014", "other"),
        ev("hubei", "2015-09-24", "store"),
        ev("hubei", "2015", "year"),
        ev("hubei", "2015-09-24", "draft, same day"),
      ],
    } as unknown as Dataset;
    expect(regionEvents(ds, "hubei").map((e) => `${e.date} ${e.label.en}`)).toEqual([
      "2015 year",
      "2015-09-24 store",
      "2015-09-24 draft, same day",
      "2016 late",
    ]);
    expect(regionEvents(ds, "hubei")[0]).toEqual({
      region: "hubei",
      date: "2015",
      kind: "policy",
      label: { zh: "year", en: "year" },
      source: "s",
    });
  });
});

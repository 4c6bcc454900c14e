import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

const rows: Record<string, string>[] = parse(fs.readFileSync("content/data/sources.csv", "utf8"), { columns: true });

describe("content/data/sources.csv locators", () => {
  it("records a URL only with a note on how it was confirmed", () => {
    for (const r of rows.filter((r) => r.url))
      expect(r.internal_note, r.id).toMatch(/^URL confirmed \d{4}-\d{2}-\d{2}: /);
  });

  it("gives every source without a URL a print locator or the reason none was found", () => {
    for (const r of rows.filter((r) => !r.url))
      expect(
        Boolean(r.locator_zh) ||
          /could not be confirmed|No URL|not found|was not seen|No copy/i.test(r.internal_note ?? ""),
        r.id,
      ).toBe(true);
  });

  it("keeps seed file names and editors' notes out of the public notes", () => {
    for (const r of rows)
      for (const field of ["note_zh", "note_en", "locator_zh", "locator_en"])
        expect(r[field], `${r.id}.${field}`).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|seed|garbled/i);
  });
});

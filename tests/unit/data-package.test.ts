import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { Package } from "datapackage";
import { unzipSync } from "fflate";
import { Field } from "tableschema";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BULK, dataPackage, PACKAGE_EXTRAS, PACKAGE_TABLES } from "@/lib/dataset/data-package";
import { readDataset } from "@/lib/dataset/load-dataset";
import { tableFields, type TableField } from "@/lib/dataset/table-schema";
import { packageFiles, packageZip, writeBulkDownload } from "@/lib/dataset/write-package";
import { toCsv } from "@/lib/format/csv";
import type { Edition } from "@/lib/format/dataset-citation";
import { DATA_FILES, FOREIGN_KEYS, PRIMARY_KEY, SOURCE_INTERNAL_COLUMNS } from "@/lib/schemas/data";

const DATA = path.resolve("content/data");
const EDITION: Edition = { version: "2026-12-01+abcdef0", date: "2026-12-01", commit: "abcdef0" };
const SITE = "https://example.org";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "datapackage-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const { dataset, issues } = readDataset(DATA);
const files = packageFiles({ dataDir: DATA, dataset, edition: EDITION, siteUrl: SITE });
const descriptor = JSON.parse(files.get(BULK.descriptor)!) as ReturnType<typeof dataPackage>;

// A copy of content/data with one file's rows changed, for the checks that must refuse it.
function copyWith(name: string, change: (rows: Record<string, string>[]) => Record<string, string>[]): string {
  const dir = fs.mkdtempSync(path.join(work, "data-"));
  fs.cpSync(DATA, dir, { recursive: true });
  const file = path.join(dir, `${name}.csv`);
  const text = fs.readFileSync(file, "utf8");
  const header = (parse(text, { to_line: 1 }) as string[][])[0]!;
  fs.writeFileSync(file, toCsv(change(parse(text, { columns: true }) as Record<string, string>[]), header));
  return dir;
}

describe("datapackage.json is generated from the zod row schemas", () => {
  it("starts from data that db:build accepts", () => expect(issues).toEqual([]));

  it("has one resource per published CSV file, with the schema's columns in its order (editors' columns left out)", () => {
    expect(descriptor.resources.map((r) => r.name).sort()).toEqual(Object.keys(DATA_FILES).sort());
    for (const r of descriptor.resources) {
      const columns = Object.keys(DATA_FILES[r.name].shape).filter(
        (c) => !(SOURCE_INTERNAL_COLUMNS as readonly string[]).includes(c),
      );
      expect(r.schema.fields.map((f) => f.name)).toEqual(columns);
      expect(files.get(r.path)!.split("\n", 1)[0]).toBe(columns.join(","));
    }
  });

  it("marks a column required exactly when its zod schema refuses an empty cell, and copies its allowed values", () => {
    for (const r of descriptor.resources)
      for (const f of r.schema.fields) {
        const zod = (DATA_FILES[r.name].shape as Record<string, z.ZodType>)[f.name]!;
        expect(Boolean(f.constraints?.required), `${r.name}.${f.name}`).toBe(!zod.safeParse("").success);
        const options = (zod as { options?: unknown }).options;
        if (zod instanceof z.ZodEnum) expect(f.constraints?.enum).toEqual(options);
      }
    const obs = descriptor.resources.find((r) => r.name === "observations")!.schema.fields;
    expect(obs.find((f) => f.name === "year")).toMatchObject({
      type: "integer",
      constraints: { minimum: 1949, maximum: 2100 },
    });
    expect(obs.find((f) => f.name === "value")!.type).toBe("number");
    const sources = descriptor.resources.find((r) => r.name === "sources")!.schema.fields;
    expect(sources.find((f) => f.name === "url")).toMatchObject({ type: "string", format: "uri" });
  });

  it("refuses, through Frictionless's Table Schema library, the cells the zod schema refuses", () => {
    const bad = (f: TableField): string[] => {
      const c = f.constraints ?? {};
      return [
        ...(c.pattern ? ["Not Valid!"] : []),
        ...(c.maxLength ? ["a".repeat(c.maxLength + 1)] : []),
        ...(c.enum ? ["not-one-of-them"] : []),
        ...(c.minimum !== undefined ? [String(c.minimum - 1)] : []),
        ...(c.maximum !== undefined ? [String(c.maximum + 1)] : []),
        ...(c.required ? [""] : []),
        ...(f.type !== "string" ? ["twelve"] : []),
      ];
    };
    let tried = 0;
    for (const r of descriptor.resources)
      for (const f of r.schema.fields) {
        const zod = (DATA_FILES[r.name].shape as Record<string, z.ZodType>)[f.name]!;
        const field = new Field(f);
        for (const value of bad(f)) {
          tried++;
          expect(zod.safeParse(value).success, `zod, ${r.name}.${f.name} = ${JSON.stringify(value)}`).toBe(false);
          expect(() => field.castValue(value), `tableschema, ${r.name}.${f.name} = ${JSON.stringify(value)}`).toThrow();
        }
      }
    expect(tried).toBeGreaterThan(100);
  });

  it("names the file and the column it cannot describe", () => {
    expect(() => tableFields("x.csv", z.object({ ok: z.string(), flag: z.boolean() }))).toThrow(
      /x\.csv: column flag: the data package cannot describe a zod boolean/,
    );
    expect(() => tableFields("x.csv", z.object({ code: z.string().regex(/^a$/i) }))).toThrow(
      /x\.csv: column code: .*flags/,
    );
    expect(() => tableFields("x.csv", z.object({ code: z.string().regex(/ab/) }))).toThrow(
      /x\.csv: column code: .*anchored/,
    );
  });

  it("declares the primary and foreign keys that db:build enforces", () => {
    for (const r of descriptor.resources) {
      const pk: readonly string[] = PRIMARY_KEY[r.name];
      expect(r.schema.primaryKey ?? []).toEqual(pk);
      expect(
        Object.fromEntries((r.schema.foreignKeys ?? []).map((k) => [k.fields, k.reference.resource || r.name])),
      ).toEqual(FOREIGN_KEYS[r.name]);
    }
    // A second row with the same key, or a reference to nothing, is refused by db:build at that file and column.
    for (const name of PACKAGE_TABLES) {
      const pk: readonly string[] = PRIMARY_KEY[name];
      if (pk.length) {
        const dir = copyWith(name, (rows) => [...rows, rows[0]!]);
        expect(
          readDataset(dir).issues.map((i) => `${i.file}:${i.field}:${i.code}`),
          name,
        ).toContainEqual(`${path.relative(process.cwd(), path.join(dir, `${name}.csv`))}:${pk.join("+")}:duplicateOf`);
      }
      for (const field of Object.keys(FOREIGN_KEYS[name])) {
        const dir = copyWith(name, (rows) =>
          rows.map((r, i) => (i === rows.length - 1 ? { ...r, [field]: "nowhere" } : r)),
        );
        expect(
          readDataset(dir).issues.map((i) => `${i.file}:${i.field}`),
          `${name}.${field}`,
        ).toContain(`${path.relative(process.cwd(), path.join(dir, `${name}.csv`))}:${field}`);
      }
    }
  });

  it("stops with the file's name when a published file does not have the schema's columns", () => {
    const csv = Object.fromEntries(PACKAGE_TABLES.map((n) => [n, files.get(`${n}.csv`)!]));
    csv.events = csv.events!.replace(/^region,/, "place,");
    expect(() =>
      dataPackage({ edition: EDITION, siteUrl: SITE, csv: csv as never, sources: dataset.sources.map((s) => s.row) }),
    ).toThrow(/^events\.csv: its header \(place,date/);
  });
});

describe("the data package, read by the Frictionless project's own library (datapackage-js)", () => {
  const out = path.join(work, "public-data");
  // The database is copied into the download as it is (db:build's own tests cover its content); this test makes its
  // own stand-in so it does not depend on a build having run first.
  const database = path.join(work, "data.db");
  fs.writeFileSync(database, "SQLite stand-in for the data-package test\n");
  const sizes = writeBulkDownload({
    dataDir: DATA,
    dataset,
    edition: EDITION,
    siteUrl: SITE,
    outDir: out,
    database,
  });

  it("is a valid Tabular Data Package, and every row of every resource casts, with every foreign key resolved", async () => {
    const pkg = await Package.load(path.join(out, BULK.descriptor));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor.profile).toBe("tabular-data-package");
    expect(pkg.resources.map((r) => r.name)).toEqual([...PACKAGE_TABLES]);
    for (const r of pkg.resources) {
      const rows = await r.read({ keyed: true, relations: true });
      expect(rows.length, r.name).toBe(dataset[r.name as keyof typeof dataset].length);
    }
    const obs = await pkg.getResource("observations")!.read({ keyed: true, relations: true });
    // Each reference comes back as the row it points to.
    expect(obs[0]).toMatchObject({
      region: { slug: dataset.observations[0]!.row.region },
      year: dataset.observations[0]!.row.year,
    });
  });

  it("reads the same from the ZIP, which holds exactly the package's files", async () => {
    const zip = path.join(out, BULK.zip);
    expect(Object.keys(unzipSync(fs.readFileSync(zip)))).toEqual([
      ...PACKAGE_EXTRAS,
      ...descriptor.resources.map((r) => r.path),
    ]);
    const pkg = await Package.load(zip);
    expect(pkg.valid).toBe(true);
    for (const r of pkg.resources) expect((await r.read({ relations: true })).length).toBeGreaterThan(0);
    expect(sizes.get(BULK.zip)).toBe(fs.statSync(zip).size);
  });

  it("refuses a row whose reference points nowhere, and a second row with the same primary key", async () => {
    // The published files, with one row changed.
    const published = (name: string, change: (rows: Record<string, string>[]) => Record<string, string>[]) => {
      const dir = fs.mkdtempSync(path.join(work, "published-"));
      for (const [file, text] of files) fs.writeFileSync(path.join(dir, file), text);
      const text = files.get(`${name}.csv`)!;
      const header = (parse(text, { to_line: 1 }) as string[][])[0]!;
      fs.writeFileSync(path.join(dir, `${name}.csv`), toCsv(change(parse(text, { columns: true })), header));
      return dir;
    };
    for (const [name, dir, message] of [
      [
        "events",
        published("events", (rows) => rows.map((r, i) => (i === 0 ? { ...r, source: "nowhere" } : r))),
        /Foreign key "source" violation in row 2/,
      ],
      ["regions", published("regions", (rows) => [...rows, rows[1]!]), /unique constraint violation in column "slug"/],
    ] as const) {
      const pkg = await Package.load(path.join(dir, BULK.descriptor));
      await expect(pkg.getResource(name)!.read({ relations: true }), name).rejects.toThrow(message);
    }
  });
});

describe("the ZIP", () => {
  it("is the same bytes for the same data, whatever the machine's time zone, dated at the edition", () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      const a = packageZip(files, EDITION);
      process.env.TZ = "America/Los_Angeles";
      const b = packageZip(files, EDITION);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      // The first entry's DOS time and date (local file header, bytes 10–13): 00:00:00 on 2026-12-01.
      const view = new DataView(a.buffer, a.byteOffset);
      expect(view.getUint16(10, true)).toBe(0);
      expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (12 << 5) | 1);
    } finally {
      process.env.TZ = tz;
    }
  });

  it("is not written, nor anything else, when the package cannot be built", () => {
    const dir = copyWith("bases", (rows) => rows);
    fs.rmSync(path.join(dir, "bases.csv"));
    const out = path.join(work, "never");
    expect(() =>
      writeBulkDownload({ dataDir: dir, dataset, edition: EDITION, siteUrl: SITE, outDir: out, database: "x" }),
    ).toThrow(/bases\.csv/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

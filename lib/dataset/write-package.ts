import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { zipSync } from "fflate";
import { datasetCff } from "../format/cff";
import { DATASET, type Edition } from "../format/dataset-citation";
import type { DataFileName } from "../schemas/data";
import { BULK, dataPackage, PACKAGE_EXTRAS, PACKAGE_TABLES } from "./data-package";
import type { Dataset } from "./load-dataset";
import { packageReadme } from "./package-readme";
import { TableSchemaError } from "./table-schema";
import { publicCsv } from "./public-csv";
import { writeFileAtomic } from "./write-file";

// The licence's text as the SPDX License List publishes it (the package spdx-license-list, CC0).
const licenceText = (): string =>
  (createRequire(import.meta.url)(`spdx-license-list/licenses/${DATASET.licence.id}.json`) as { licenseText: string })
    .licenseText;

export type BulkInput = { dataDir: string; dataset: Dataset; edition: Edition; siteUrl: string };

// Every file of the data package, by its name in the ZIP and under /data/: the published CSV files, datapackage.json,
// the README in both languages, the licence and CITATION.cff. Pure but for reading the CSV files.
export function packageFiles({ dataDir, dataset, edition, siteUrl }: BulkInput): Map<string, string> {
  const csv = Object.fromEntries(
    PACKAGE_TABLES.map((name) => {
      const file = path.join(dataDir, `${name}.csv`);
      if (!fs.existsSync(file))
        throw new TableSchemaError(`${file}: missing; the data package describes every data file`);
      return [name, publicCsv(`${name}.csv`, fs.readFileSync(file, "utf8"))];
    }),
  ) as Record<DataFileName, string>;
  const descriptor = dataPackage({ edition, siteUrl, csv, sources: dataset.sources.map((s) => s.row) });
  const rows = Object.fromEntries(PACKAGE_TABLES.map((name) => [name, dataset[name].length]));
  const extras: Record<(typeof PACKAGE_EXTRAS)[number], string> = {
    [BULK.descriptor]: JSON.stringify(descriptor, null, 2) + "\n",
    [BULK.readme]: packageReadme(descriptor, rows),
    [BULK.citation]: datasetCff(edition, descriptor.homepage),
    [BULK.licence]: licenceText(),
  };
  return new Map([
    ...PACKAGE_EXTRAS.map((name) => [name, extras[name]] as const),
    ...PACKAGE_TABLES.map((name) => [`${name}.csv`, csv[name]] as const),
  ]);
}

// The ZIP of the package, the same bytes for the same files: entries in a fixed order, one fixed compression level and
// every entry dated midnight of the edition's date. A ZIP stores local time, and fflate reads the date's local fields,
// so the date is built from local fields too: the bytes do not depend on the machine's time zone.
export function packageZip(files: Map<string, string>, edition: Edition): Uint8Array {
  const [y, m, d] = edition.date.split("-").map(Number) as [number, number, number];
  const mtime = new Date(Math.max(y, 1980), m - 1, d);
  return zipSync(
    Object.fromEntries([...files].map(([name, text]) => [name, [new TextEncoder().encode(text), { mtime, level: 9 }]])),
  );
}

// Writes the bulk download into outDir: each package file, the database and the ZIP, each whole (written beside its
// name and renamed), the ZIP last. Any file or field the package cannot describe stops it before anything is written.
export function writeBulkDownload(input: BulkInput & { outDir: string; database: string }): Map<string, number> {
  const files = packageFiles(input);
  const zip = packageZip(files, input.edition);
  fs.mkdirSync(input.outDir, { recursive: true });
  const sizes = new Map<string, number>();
  const write = (name: string, data: string | Uint8Array) => {
    writeFileAtomic(path.join(input.outDir, name), data);
    sizes.set(name, typeof data === "string" ? Buffer.byteLength(data) : data.byteLength);
  };
  for (const [name, text] of files) write(name, text);
  write(BULK.database, fs.readFileSync(input.database));
  write(BULK.zip, zip);
  return sizes;
}

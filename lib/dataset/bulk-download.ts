import fs from "node:fs";
import path from "node:path";
import { BULK, PACKAGE_EXTRAS, type DataPackage } from "./data-package";

export type BulkFile = { name: string; bytes: number };
export type BulkDownload = {
  version: string;
  date: string;
  zip: BulkFile;
  descriptor: BulkFile;
  // What the ZIP holds, in its order.
  zipEntries: BulkFile[];
  // The CSV files and the database, one by one.
  files: BulkFile[];
};

// The bulk download as db:build wrote it under public/data: the /data page lists these files with their sizes, and
// takes the edition from datapackage.json, so the page and the files cannot name different editions.
export function readBulkDownload(): BulkDownload {
  // Scoped to public/data, so that Next's file tracing does not take in the whole project.
  const at = (name: string) => path.join(process.cwd(), "public", "data", name);
  const file = (name: string): BulkFile => {
    const full = at(name);
    if (!fs.existsSync(full)) throw new Error(`${full} is missing: run npm run db:build (npm run build does) first`);
    return { name, bytes: fs.statSync(full).size };
  };
  const descriptor = JSON.parse(fs.readFileSync(at(BULK.descriptor), "utf8")) as DataPackage;
  const csv = descriptor.resources.map((r) => file(r.path));
  return {
    version: descriptor.version,
    date: descriptor.created.slice(0, 10),
    zip: file(BULK.zip),
    descriptor: file(BULK.descriptor),
    zipEntries: [...PACKAGE_EXTRAS.map(file), ...csv],
    files: [...csv, file(BULK.database)],
  };
}

import path from "node:path";
import { formatIssue } from "../lib/problems/issues";
import { readDataset } from "../lib/dataset/load-dataset";
import { writeDatabase } from "../lib/dataset/write-db";
import { HistoryError } from "../lib/editions/git-history";
import { loadEditions } from "../lib/editions/store";
import type { Edition } from "../lib/format/dataset-citation";
import { writeBulkDownload } from "../lib/dataset/write-package";
import { SITE_URL } from "../lib/i18n/metadata";

// Validates content/data and (re)builds prisma/data.db; on any problem the old database is left as it was.
const dataDir = path.resolve(process.argv[2] ?? "content/data");
const target = path.resolve(process.argv[3] ?? "prisma/data.db");

const { dataset, issues } = readDataset(dataDir);
if (issues.length > 0) {
  console.error(
    `db:build: ${issues.length} problem(s) in ${path.relative(process.cwd(), dataDir)}; the database was not changed.`,
  );
  for (const issue of issues) console.error(formatIssue(issue));
  process.exit(1);
}
await writeDatabase(dataset, target);
// The site's own build also publishes the bulk download under /data/: the reviewed CSV files (without the editors'
// columns), the database, and the Frictionless data package that describes them, alone and as one ZIP.
if (process.argv[3] === undefined) {
  // The package's version is the data's edition, from the content history (lib/editions; the result is kept for
  // editions:build, which runs next). Uncommitted changes to the data make the next edition, marked unpublished.
  let edition: Edition;
  try {
    const e = loadEditions(process.cwd());
    const d = e.unpublished.data ?? e.data.editions.at(-1);
    edition = d
      ? { version: d.commit ? String(d.number) : `${d.number}-unpublished`, date: d.date, commit: d.commit ?? "" }
      : { version: "unversioned", date: "1980-01-01", commit: "" };
  } catch (err) {
    if (!(err instanceof HistoryError)) throw err;
    // editions:build, next, explains and fails unless EDITIONS_WITHOUT_HISTORY=1.
    console.warn(`db:build: no content history (${err.message.split("\n")[0]}): the data package is "unversioned"`);
    edition = { version: "unversioned", date: "1980-01-01", commit: "" };
  }
  try {
    const sizes = writeBulkDownload({
      dataDir,
      dataset,
      edition,
      siteUrl: SITE_URL,
      outDir: "public/data",
      database: target,
    });
    console.log(
      `db:build: wrote public/data: ${[...sizes].map(([f, b]) => `${f} (${b} bytes)`).join(", ")}; edition ${edition.version}`,
    );
  } catch (err) {
    console.error(`db:build: the data package could not be built: ${(err as Error).message}`);
    process.exit(1);
  }
}
console.log(
  `db:build: wrote ${path.relative(process.cwd(), target)}: ${dataset.regions.length} regions, ${dataset.indicators.length} indicators, ` +
    `${dataset.sources.length} sources, ${dataset.observations.length} observations, ${dataset.events.length} events, ${dataset.disagreements.length} disagreements`,
);

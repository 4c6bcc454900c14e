import fs from "node:fs";
import path from "node:path";
import { formatIssue } from "../lib/problems/issues";
import { readDataset } from "../lib/dataset/load-dataset";
import { writeDatabase } from "../lib/dataset/write-db";
import { publicCsv } from "../lib/dataset/public-csv";

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
// The site's own build also publishes the bulk download: the reviewed CSV files and the database, under /data/.
if (process.argv[3] === undefined) {
  const publicData = path.resolve("public/data");
  fs.mkdirSync(publicData, { recursive: true });
  // Editors' columns (seed files, internal notes) are dropped from the published copies.
  for (const f of fs.readdirSync(dataDir).filter((f) => f.endsWith(".csv")))
    fs.writeFileSync(path.join(publicData, f), publicCsv(f, fs.readFileSync(path.join(dataDir, f), "utf8")));
  fs.copyFileSync(target, path.join(publicData, "poverty-cases.sqlite"));
}
console.log(
  `db:build: wrote ${path.relative(process.cwd(), target)}: ${dataset.regions.length} regions, ${dataset.indicators.length} indicators, ` +
    `${dataset.sources.length} sources, ${dataset.observations.length} observations, ${dataset.events.length} events, ${dataset.disagreements.length} disagreements`,
);

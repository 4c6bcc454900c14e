import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ContentError, formatIssue } from "../lib/problems/issues";
import { applyImport, formatPlan, planImport } from "../lib/editor/import";

// `npm run data:import -- <file.csv> [--apply]`: a dry-run diff against observations.csv; --apply writes it and rebuilds the database.
const { values, positionals } = parseArgs({
  options: {
    apply: { type: "boolean", default: false },
    root: { type: "string", default: "." },
    db: { type: "string" },
  },
  allowPositionals: true,
});
// npm runs scripts in the project folder; a relative batch path is meant from where the editor typed it.
const here = process.env.INIT_CWD ?? process.cwd();
if (positionals.length !== 1) {
  console.error("data:import: expected one CSV file: npm run data:import -- <file.csv> [--apply]");
  process.exit(1);
}
const batchPath = path.resolve(here, positionals[0]!);
const root = path.resolve(here, values.root!);
const dataDir = path.join(root, "content/data");
const dbFile = path.resolve(here, values.db ?? path.join(root, "prisma/data.db"));
const relative = path.relative(here, batchPath);
const shown = relative.startsWith("..") || path.isAbsolute(relative) ? batchPath : relative;
if (!fs.existsSync(batchPath)) {
  console.error(`data:import: ${shown}: no such file; nothing was written.`);
  process.exit(1);
}

const plan = planImport(shown, fs.readFileSync(batchPath, "utf8"), dataDir, root);
if (plan.issues.length) {
  for (const issue of plan.issues) console.error(formatIssue(issue));
  console.error(`data:import: ${plan.issues.length} problem(s); the batch was refused and nothing was written.`);
  process.exit(1);
}

console.log(`data:import: ${shown} against content/data/observations.csv`);
for (const line of formatPlan(plan)) console.log(line);
if (!values.apply) {
  console.log(
    "Dry run: nothing was written. Run again with --apply to write content/data/observations.csv and rebuild the database.",
  );
  process.exit(0);
}
if (plan.added.length + plan.changed.length === 0) {
  console.log("Nothing to apply: observations.csv already holds every row of this batch.");
  process.exit(0);
}
// writeDatabase reads prisma/migrations from the working folder: the project being imported into.
process.chdir(root);
try {
  await applyImport(plan, dataDir, dbFile, root);
} catch (err) {
  if (err instanceof ContentError) for (const issue of err.issues) console.error(formatIssue(issue));
  else console.error(String(err));
  console.error(
    "data:import: the database could not be rebuilt; content/data/observations.csv was restored and nothing changed.",
  );
  process.exit(1);
}
console.log(
  `Wrote content/data/observations.csv and rebuilt ${path.relative(root, dbFile) || dbFile}. Reload the page to see the new figures.`,
);

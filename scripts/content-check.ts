import fs from "node:fs";
import path from "node:path";
import { checkContent } from "../lib/content/check";
import { formatIssue } from "../lib/dataset/issues";
import { readDataset } from "../lib/dataset/load-dataset";

// `npm run content:check [root]`: validates cases, glossary and data together and lists every problem.
const root = path.resolve(process.argv[2] ?? ".");
const rel = (p: string) => path.relative(root, p).split(path.sep).join("/");
const casesDir = path.join(root, "content/cases");
const glossaryDir = path.join(root, "content/glossary");

const caseDirs = fs.readdirSync(casesDir).filter((d) => fs.statSync(path.join(casesDir, d)).isDirectory());
const cases = caseDirs.flatMap((d) =>
  fs
    .readdirSync(path.join(casesDir, d))
    .filter((f) => f.endsWith(".mdx") || f.endsWith(".md"))
    .map((f) => ({ path: rel(path.join(casesDir, d, f)), text: fs.readFileSync(path.join(casesDir, d, f), "utf8") })),
);
const glossary = fs
  .readdirSync(glossaryDir)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => ({ path: rel(path.join(glossaryDir, f)), text: fs.readFileSync(path.join(glossaryDir, f), "utf8") }));

const { dataset, issues: dataIssues } = readDataset(path.join(root, "content/data"), root);
const issues = [...dataIssues, ...checkContent({ caseDirs, cases, glossary, dataset, sourcesFile: "content/data/sources.csv" })];
issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

if (issues.length) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\ncontent:check: ${issues.length} problem(s). Nothing was published.`);
  process.exit(1);
}
console.log(`content:check: ${caseDirs.length} cases × 2 languages, ${glossary.length} glossary terms, ${dataset.observations.length} observations: no problems.`);

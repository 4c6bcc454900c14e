import fs from "node:fs";
import path from "node:path";
import { checkContent, type TextFile } from "../content/check";
import type { Issue } from "../problems/issues";
import { readDataset, type Dataset } from "../dataset/load-dataset";

export type ProjectCheck = { issues: Issue[]; caseCount: number; glossaryCount: number; dataset: Dataset };

// Reads a project's cases, glossary and data from `root` and runs every content check; paths are relative to root.
export function checkProject(root: string): ProjectCheck {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join("/");
  const casesDir = path.join(root, "content/cases");
  const caseDirs = listDir(casesDir).filter((d) => fs.statSync(path.join(casesDir, d)).isDirectory());
  const cases: TextFile[] = caseDirs.flatMap((d) =>
    listDir(path.join(casesDir, d))
      .filter((f) => f.endsWith(".mdx") || f.endsWith(".md"))
      .map((f) => readText(path.join(casesDir, d, f), rel)),
  );
  const glossaryDir = path.join(root, "content/glossary");
  const glossary = listDir(glossaryDir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => readText(path.join(glossaryDir, f), rel));
  const { dataset, issues: dataIssues } = readDataset(path.join(root, "content/data"), root);
  const issues = [
    ...dataIssues,
    ...checkContent({ caseDirs, cases, glossary, dataset, sourcesFile: "content/data/sources.csv" }),
  ];
  issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { issues, caseCount: caseDirs.length, glossaryCount: glossary.length, dataset };
}

// A project without a glossary yet is still checkable; its terms are simply all unknown.
function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function readText(full: string, rel: (p: string) => string): TextFile {
  return { path: rel(full), text: fs.readFileSync(full, "utf8") };
}

import fs from "node:fs";
import path from "node:path";
import readline from "node:readline/promises";
import { formatIssue } from "../lib/problems/issues";
import { parseCsv } from "../lib/dataset/parse-csv";
import {
  askForMissing,
  parseCaseNewArgs,
  planRegion,
  REGION_FLAGS,
  regionProblemText,
  slugProblem,
  type RegionPlan,
} from "../lib/editor/case-new";
import { PLACEHOLDER_SOURCE, scaffoldCase } from "../lib/content/case-scaffold";
import { regionsCsvWith } from "../lib/editor/regions-csv";
import { writeFileAtomic } from "../lib/dataset/write-file";
import { regionRow } from "../lib/schemas/data";
import { LOCALES } from "../lib/i18n/routing";

// `npm run case:new -- <slug> [--zh-name … --en-name … --level … --parent … --province … --adcode …]`
const fail = (lines: string[]): never => {
  for (const l of lines) console.error(`case:new: ${l}`);
  console.error("case:new: nothing was written.");
  process.exit(1);
};

let args;
try {
  args = parseCaseNewArgs(process.argv.slice(2));
} catch (e) {
  fail([(e as Error).message]);
}
const { slug = "", root: rootArg, flags } = args!;
const root = path.resolve(rootArg);
const caseDir = path.join(root, "content/cases", slug);
const problem = slugProblem(slug || undefined, slug !== "" && fs.existsSync(caseDir));
if (problem) fail([problem]);

const regionsFile = path.join(root, "content/data/regions.csv");
const regionsText = fs.readFileSync(regionsFile, "utf8");
const parsed = parseCsv("content/data/regions.csv", regionsText, regionRow);
if (parsed.issues.length) fail(["fix content/data/regions.csv first:", ...parsed.issues.map(formatIssue)]);
const regions = parsed.rows.map((r) => r.row);

let plan: RegionPlan = planRegion(slug, flags, regions);
if (plan.kind === "missing" && process.stdin.isTTY) {
  console.log(`case:new: "${slug}" is not in content/data/regions.csv yet; describe the region (Ctrl-C to stop).`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  plan = await askForMissing(
    slug,
    flags,
    regions,
    (q) => rl.question(q),
    (s) => console.log(s),
  );
  rl.close();
}
if (plan.kind === "missing")
  fail([
    `region "${slug}" is not in content/data/regions.csv; give ${plan.missing.map((f) => REGION_FLAGS[f].flag).join(", ")} (stdin is not a terminal, so they cannot be asked for)`,
  ]);
if (plan.kind === "invalid") fail(plan.problems.map(regionProblemText));
const { row, province } = plan as Extract<RegionPlan, { kind: "new" | "existing" }>;

if (plan.kind === "new") writeFileAtomic(regionsFile, regionsCsvWith(regionsText, row));
const updated = new Date().toISOString().slice(0, 10);
fs.mkdirSync(caseDir, { recursive: true });
for (const locale of LOCALES)
  fs.writeFileSync(path.join(caseDir, `${locale}.mdx`), scaffoldCase(locale, { slug, region: row, province, updated }));

const rel = `content/cases/${slug}`;
console.log(`case:new: created ${rel}/zh.mdx and ${rel}/en.mdx${plan.kind === "new" ? `; added region ${slug} to content/data/regions.csv` : ` for region ${slug} (already in content/data/regions.csv)`}.

Next steps:
  1. Add each source you use to content/data/sources.csv, then replace ${PLACEHOLDER_SOURCE} in \`sources:\` of BOTH files with their ids.
  2. Replace every TODO in the frontmatter of both files: title, summary, period, and one sentence per theme
     (add themes from the fixed list in docs/case-format.md, each with its own ### sub-section, in both files).
  3. Write each section in both languages; the {/* … */} comments say what belongs there. Delete them as you go.
  4. Put every figure in content/data/observations.csv (or npm run data:import -- batch.csv) and show it with <Figure … />;
     add events to content/data/events.csv.
  5. Preview: npm run dev, then open http://localhost:3000/zh/cases/${slug} and /en/cases/${slug}.
  6. Run npm run content:check until it reports no problems (until then it lists what is left to do).
The editor's guide: docs/editing.md (English), docs/editing.zh.md (中文).`);

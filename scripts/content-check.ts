import path from "node:path";
import { formatIssue } from "../lib/problems/issues";
import { checkProject } from "../lib/editor/check-project";

// `npm run content:check [root]`: validates cases, glossary and data together and lists every problem.
const root = path.resolve(process.argv[2] ?? ".");
const { issues, caseCount, glossaryCount, dataset } = checkProject(root);

if (issues.length) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(
    `\ncontent:check: ${issues.length} problem(s). Nothing was published. docs/editing.md explains each message.`,
  );
  process.exit(1);
}
console.log(
  `content:check: ${caseCount} cases × 2 languages, ${glossaryCount} glossary terms, ${dataset.observations.length} observations: no problems.`,
);

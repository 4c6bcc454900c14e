import "server-only";
import type { Issue } from "../problems/issues";
import type { Dataset } from "../dataset/load-dataset";
import { checkProject } from "../editor/check-project";
import { withMaterialized, type DraftInput, type FileChange } from "./materialize";
import { repoDir } from "./repo";

export type Inspection = { files: FileChange[]; issues: Issue[]; dataset: Dataset };

// Runs content:check's checks on the repository with this draft laid over it; nothing in the repository is touched.
export function inspectDraft(d: DraftInput): Inspection {
  return withMaterialized(repoDir(), d, (m) => {
    const { issues, dataset } = checkProject(m.root);
    // A row refused while laying the draft over the tree may be refused again by the full check: list it once.
    const seen = new Set<string>();
    const all = [...m.dataIssues, ...issues].filter((i) => {
      const k = `${i.file}|${i.line ?? ""}|${i.field ?? ""}|${i.message}`;
      return !seen.has(k) && !!seen.add(k);
    });
    return { files: m.files, issues: all, dataset };
  });
}

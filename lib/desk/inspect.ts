import "server-only";
import type { Issue } from "../dataset/issues";
import type { Dataset } from "../dataset/load-dataset";
import { checkProject } from "../editor/check-project";
import { materialize, type DraftInput, type FileChange } from "./materialize";
import { repoDir } from "./repo";

export type Inspection = { files: FileChange[]; issues: Issue[]; dataset: Dataset };

// Runs content:check's checks on the repository with this draft laid over it; nothing in the repository is touched.
export function inspectDraft(d: DraftInput): Inspection {
  const m = materialize(repoDir(), d);
  try {
    const { issues, dataset } = checkProject(m.root);
    return { files: m.files, issues: [...m.dataIssues, ...issues], dataset };
  } finally {
    m.cleanup();
  }
}

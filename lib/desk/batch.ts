import "server-only";
import { parse } from "csv-parse/sync";
import { nest } from "../dataset/domain";
import { parseCsv } from "../dataset/parse-csv";
import { formatPlan, planRows } from "../editor/import";
import { observationRow } from "../schemas/data";
import { addRows, draftInput, getDraft } from "./drafts";
import { DeskRefusal } from "./refusal";
import { contentIndex, dataFile } from "./content-index";
import { layDraft } from "./materialize";
import { repoDir } from "./repo";
import type { DraftRow } from "../schemas/desk";
import type { DeskUser } from "./session";

const COLUMNS = Object.keys(observationRow.shape);

// data:import's dry run for a CSV batch, against the store plus this draft's pending rows; with apply, the rows join the draft.
export async function importBatch(user: DeskUser, id: number, csv: string, apply: boolean) {
  const d = await getDraft(id);
  if (!d) throw new DeskRefusal(404, "not-found", "refuseNoDraft", { id });
  // As data:import would on the published data with this draft's rows in it (refused while those rows have problems).
  const laid = layDraft(contentIndex(repoDir()), draftInput(d));
  const plan = laid.dataIssues.length
    ? { issues: laid.dataIssues, added: [], changed: [], unchanged: [], text: "" }
    : planRows(
        "batch.csv",
        parseCsv("batch.csv", csv, observationRow),
        laid.dataset,
        dataFile as (n: string) => string,
      );
  // lines: what npm run data:import prints for this batch (+ added, ~ changed, = unchanged), without its English total.
  const summary = {
    issues: plan.issues,
    added: plan.added,
    changed: plan.changed,
    unchanged: plan.unchanged.length,
    lines: plan.issues.length ? [] : formatPlan(plan).slice(0, -1),
  };
  if (!apply || plan.issues.length) return summary;
  const rows = (parse(csv, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[]).map((r) =>
    Object.fromEntries(COLUMNS.map((c) => [c, r[c] ?? ""])),
  );
  const changedKeys = new Set(
    [...plan.added, ...plan.changed.map((c) => c.row)].map(
      (r) => `${r.region}/${r.indicator}/${r.year}/${r.basis}/${r.source}`,
    ),
  );
  const wanted = rows.filter((r) => changedKeys.has(`${r.region}/${r.indicator}/${r.year}/${r.basis}/${r.source}`));
  // The CSV boundary: the batch's rows join the draft in the domain shape.
  if (wanted.length)
    await addRows(
      user,
      id,
      "observations",
      wanted.map((r) => nest("observations", r) as DraftRow),
    );
  return { ...summary, applied: wanted.length };
}

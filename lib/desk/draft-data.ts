import { flatten, nest } from "../dataset/domain";
import { draftData, type CsvRow, type DraftData, type DraftPending, type DraftRow } from "../schemas/desk";

// A stored draft's rows, in the domain shape whichever shape they were saved in (older drafts hold flat CSV rows).
export function readPending(json: string): DraftPending {
  const d = draftData.parse(JSON.parse(json));
  return {
    region: d.region && (nest("regions", d.region) as DraftRow),
    sources: d.sources.map((r) => nest("sources", r) as DraftRow),
    observations: d.observations.map((r) => nest("observations", r) as DraftRow),
    events: d.events.map((r) => nest("events", r) as DraftRow),
  };
}

const cells = (r: Record<string, unknown>): CsvRow =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]));

// The CSV boundary: the draft's rows as the CSV cells publishing writes.
export function csvRows(p: DraftPending): DraftData {
  return {
    region: p.region && cells(flatten("regions", p.region)),
    sources: p.sources.map((r) => cells(flatten("sources", r))),
    observations: p.observations.map((r) => cells(flatten("observations", r))),
    events: p.events.map((r) => cells(flatten("events", r))),
  };
}

// One cell of a draft row by its domain path (region, label.zh), as typed; "" when absent.
export function cellOf(r: DraftRow, p: string): string {
  const [head, lang] = p.split(".") as [string, "zh" | "en" | undefined];
  const v = r[head];
  return (lang ? (typeof v === "object" ? v[lang] : undefined) : typeof v === "string" ? v : undefined) ?? "";
}

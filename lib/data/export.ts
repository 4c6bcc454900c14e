import "server-only";
import { OBSERVATION_COLUMNS, type ObservationRecord } from "../format/csv";
import { isPreferred } from "./ledger";
import { getDisagreements, getIndicators, getSourcesById } from "./queries";
import type { Observation, Source } from "./types";

export { OBSERVATION_COLUMNS };

// Observations as exported rows: the value exactly as published, with unit and source id.
export async function toRecords(observations: Observation[]): Promise<ObservationRecord[]> {
  const units = new Map((await getIndicators()).map((i) => [i.key, i.unit]));
  const disagreements = await getDisagreements();
  return observations.map((o) => ({
    region: o.region,
    indicator: o.indicator,
    year: o.year,
    value: o.value.toFixed(o.decimals),
    unit: units.get(o.indicator) ?? "",
    basis: o.basis,
    source: o.source,
    note_zh: o.note.zh,
    note_en: o.note.en,
    year_inferred_zh: o.yearInferred?.zh ?? null,
    year_inferred_en: o.yearInferred?.en ?? null,
    preferred: isPreferred(disagreements, o),
  }));
}

export async function sourcesOf(observations: { source: string }[]): Promise<Source[]> {
  const byId = await getSourcesById();
  return [...new Set(observations.map((o) => o.source))].sort().map((id) => byId.get(id)!);
}

import type { Dataset } from "../dataset/load-dataset";
import type { Event } from "../data/types";

// A region's events as the published page will list them: the store's order (date, then the CSV's row order), with a draft's rows laid in.
export function regionEvents(ds: Dataset, region: string): Event[] {
  return ds.events
    .map(({ row }) => row)
    .filter((r) => r.region === region)
    .map((r) => ({
      region: r.region,
      date: r.date,
      kind: r.kind,
      label: { zh: r.label_zh, en: r.label_en },
      source: r.source,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

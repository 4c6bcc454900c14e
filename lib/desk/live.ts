import "server-only";
import { getAllObservations, getEvents, getRegion, getSourcesById } from "../data/queries";
import { decimalsOf } from "../dataset/load-dataset";
import type { DraftData } from "../schemas/desk";

// Whether the running build's data already holds every row a published data change added: then it is on the site,
// otherwise it waits for the next build (the database is rebuilt from the CSVs only then).
export async function dataIsLive(p: DraftData): Promise<boolean> {
  if (p.region && !(await getRegion(p.region.slug ?? ""))) return false;
  const sources = await getSourcesById();
  if (!p.sources.every((s) => sources.has(s.id ?? ""))) return false;
  const observations = await getAllObservations();
  const same = (o: Record<string, string>) =>
    observations.some(
      (x) =>
        x.region === o.region && x.indicator === o.indicator && x.year === Number(o.year) && x.basis === o.basis && x.source === o.source &&
        x.value === Number(o.value) && x.decimals === decimalsOf(o.value ?? ""),
    );
  if (!p.observations.every(same)) return false;
  for (const e of p.events) if (!(await getEvents(e.region ?? "")).some((x) => x.date === e.date && x.label.zh === e.label_zh && x.label.en === e.label_en)) return false;
  return true;
}

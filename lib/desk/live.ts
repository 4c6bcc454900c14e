import "server-only";
import { getAllObservations, getEvents, getRegion, getSourcesById } from "../data/queries";
import { decimalsOf } from "../dataset/domain";
import type { DraftPending } from "../schemas/desk";
import { cellOf as c } from "./draft-data";

// Whether the running build's data already holds every row a published data change added: then it is on the site,
// otherwise it waits for the next build (the database is rebuilt from the CSVs only then).
export async function dataIsLive(p: DraftPending): Promise<boolean> {
  if (p.region && !(await getRegion(c(p.region, "slug")))) return false;
  const sources = await getSourcesById();
  if (!p.sources.every((s) => sources.has(c(s, "id")))) return false;
  const observations = await getAllObservations();
  const same = (o: DraftPending["observations"][number]) =>
    observations.some(
      (x) =>
        x.region === c(o, "region") &&
        x.indicator === c(o, "indicator") &&
        x.year === Number(c(o, "year")) &&
        x.basis === c(o, "basis") &&
        x.source === c(o, "source") &&
        x.value === Number(c(o, "value")) &&
        x.decimals === decimalsOf(c(o, "value")),
    );
  if (!p.observations.every(same)) return false;
  for (const e of p.events)
    if (
      !(await getEvents(c(e, "region"))).some(
        (x) => x.date === c(e, "date") && x.label.zh === c(e, "label.zh") && x.label.en === c(e, "label.en"),
      )
    )
      return false;
  return true;
}

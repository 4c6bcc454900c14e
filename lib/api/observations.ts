import "server-only";
import { getBases, getIndicators, getRegions, type ObservationFilter } from "../data/queries";

// The first filter value that names nothing (a 404 rather than an empty answer, so a typo is not taken for "no data").
export async function unknownFilterValue(q: ObservationFilter): Promise<{ parameter: string; message: string } | null> {
  const [regions, indicators, bases] = [await getRegions(), await getIndicators(), await getBases()];
  for (const r of q.region ?? [])
    if (!regions.some((x) => x.slug === r))
      return { parameter: "region", message: `unknown region "${r}"; see /api/v1/regions` };
  for (const i of q.indicator ?? [])
    if (!indicators.some((x) => x.key === i))
      return { parameter: "indicator", message: `unknown indicator "${i}"; see /api/v1/indicators` };
  if (q.basis && !bases.some((b) => b.key === q.basis))
    return { parameter: "basis", message: `unknown basis "${q.basis}"` };
  return null;
}

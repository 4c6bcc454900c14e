import "server-only";
import { percentagePoints } from "../format/number";
import { getEvents, getPreferredObservations, getRegion } from "./queries";
import type { Event, Observation, Region } from "./types";

export type KeyFacts = {
  region: Region;
  province: Region | undefined;
  population: Observation | undefined;
  incidence: { first: Observation; last: Observation; change: { value: number; decimals: number } } | undefined;
  // The poor population at the first and last figure of its longest series (last is undefined for a single figure).
  poor: { first: Observation; last: Observation | undefined } | undefined;
  exit: Event | undefined;
  lifted: Observation | undefined;
};

// A region's longest series of an indicator (preferred values only), by year.
async function mainSeries(region: string, indicator: string): Promise<Observation[]> {
  const byBasis = new Map<string, Observation[]>();
  for (const o of await getPreferredObservations({ region: [region], indicator: [indicator] }))
    byBasis.set(o.basis, [...(byBasis.get(o.basis) ?? []), o]);
  const main = [...byBasis.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return main.sort((a, b) => a.year - b.year);
}

// The main incidence series is the one with most points; other bases stay in the chart. Where sources disagree, the
// preferred value is the fact.
export async function getKeyFacts(regionSlug: string, provinceSlug: string): Promise<KeyFacts> {
  const region = await getRegion(regionSlug);
  if (!region) throw new Error(`unknown region "${regionSlug}"`);
  const main = await mainSeries(regionSlug, "poverty_incidence");
  const first = main[0];
  const last = main.at(-1);
  const poor = await mainSeries(regionSlug, "poor_population");
  const latest = (list: Observation[]) => list.sort((a, b) => a.year - b.year).at(-1);
  return {
    region,
    province: await getRegion(provinceSlug),
    population: latest(await getPreferredObservations({ region: [regionSlug], indicator: ["population"] })),
    incidence: first && last && first !== last ? { first, last, change: percentagePoints(first, last) } : undefined,
    poor: poor[0] ? { first: poor[0], last: poor.length > 1 ? poor.at(-1) : undefined } : undefined,
    exit: (await getEvents(regionSlug)).find((e) => e.kind === "exit"),
    lifted: latest(await getPreferredObservations({ region: [regionSlug], indicator: ["people_lifted_cumulative"] })),
  };
}

import "server-only";
import { disagreementOf } from "./ledger";
import { getAllObservations, getDisagreements } from "./queries";
import type { Observation } from "./types";

export type FigureRef = { region: string; indicator: string; year: number; basis?: string; source?: string };

// An alternative value (not the preferred one where sources disagree) carries its source, so both can be on one page.
export function figureId(
  o: { region: string; indicator: string; year: number; basis: string; source: string },
  alternative = false,
): string {
  return `fig-${o.region}-${o.indicator}-${o.year}-${o.basis}${alternative ? `-${o.source}` : ""}`;
}

// Finds the one observation a <Figure> names: the one from `source` if given, else the preferred one where sources
// disagree (disagreements.csv); a missing or ambiguous figure fails the build (content:check reports it first).
export async function resolveFigure(ref: FigureRef): Promise<Observation> {
  const matches = (await getAllObservations()).filter(
    (o) =>
      o.region === ref.region &&
      o.indicator === ref.indicator &&
      o.year === ref.year &&
      (ref.basis === undefined || o.basis === ref.basis) &&
      (ref.source === undefined || o.source === ref.source),
  );
  const name = `<Figure region="${ref.region}" indicator="${ref.indicator}" year={${ref.year}}${ref.basis ? ` basis="${ref.basis}"` : ""}${ref.source ? ` source="${ref.source}"` : ""} />`;
  if (matches.length === 0) throw new Error(`${name}: no such observation in content/data/observations.csv`);
  const bases = [...new Set(matches.map((m) => m.basis))];
  if (bases.length > 1)
    throw new Error(`${name}: ${matches.length} observations on different bases (${bases.join(", ")}); add basis="…"`);
  const d = ref.source === undefined ? disagreementOf(await getDisagreements(), matches[0]!) : undefined;
  const shown = d ? matches.find((m) => m.source === d.preferredSource) : matches.length === 1 ? matches[0] : undefined;
  if (!shown)
    throw new Error(`${name}: ${matches.length} sources (${matches.map((m) => m.source).join(", ")}); add source="…"`);
  return shown;
}

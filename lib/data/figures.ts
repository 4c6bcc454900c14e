import "server-only";
import { disagreementOf } from "./ledger";
import { getAllObservations, getDisagreements } from "./queries";
import type { Disagreement, Observation } from "./types";

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
  const found = pickFigure(await getAllObservations(), await getDisagreements(), ref);
  if (typeof found === "string") throw new Error(found);
  return found;
}

// The same choice among any observations and ledger (an old edition's, say): the observation, or why there is none.
export function pickFigure(
  all: readonly Observation[],
  ledger: readonly Pick<Disagreement, "region" | "indicator" | "basis" | "years" | "preferredSource">[],
  ref: FigureRef,
): Observation | string {
  const matches = all.filter(
    (o) =>
      o.region === ref.region &&
      o.indicator === ref.indicator &&
      o.year === ref.year &&
      (ref.basis === undefined || o.basis === ref.basis) &&
      (ref.source === undefined || o.source === ref.source),
  );
  const name = `<Figure region="${ref.region}" indicator="${ref.indicator}" year={${ref.year}}${ref.basis ? ` basis="${ref.basis}"` : ""}${ref.source ? ` source="${ref.source}"` : ""} />`;
  if (matches.length === 0) return `${name}: no such observation in content/data/observations.csv`;
  const bases = [...new Set(matches.map((m) => m.basis))];
  if (bases.length > 1)
    return `${name}: ${matches.length} observations on different bases (${bases.join(", ")}); add basis="…"`;
  const d = ref.source === undefined ? disagreementOf(ledger, matches[0]!) : undefined;
  const shown = d ? matches.find((m) => m.source === d.preferredSource) : matches.length === 1 ? matches[0] : undefined;
  return shown ?? `${name}: ${matches.length} sources (${matches.map((m) => m.source).join(", ")}); add source="…"`;
}

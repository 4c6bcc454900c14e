import "server-only";
import { getAllObservations } from "./queries";
import type { Observation } from "./types";

export type FigureRef = { region: string; indicator: string; year: number; basis?: string };

export function figureId(o: { region: string; indicator: string; year: number; basis: string }): string {
  return `fig-${o.region}-${o.indicator}-${o.year}-${o.basis}`;
}

// Finds the one observation a <Figure> names; a missing or ambiguous figure fails the build.
export async function resolveFigure(ref: FigureRef): Promise<Observation> {
  const matches = (await getAllObservations()).filter(
    (o) =>
      o.region === ref.region &&
      o.indicator === ref.indicator &&
      o.year === ref.year &&
      (ref.basis === undefined || o.basis === ref.basis),
  );
  const name = `<Figure region="${ref.region}" indicator="${ref.indicator}" year={${ref.year}}${ref.basis ? ` basis="${ref.basis}"` : ""} />`;
  if (matches.length === 0) throw new Error(`${name}: no such observation in content/data/observations.csv`);
  if (matches.length > 1)
    throw new Error(
      `${name}: ${matches.length} observations on different bases (${matches.map((m) => m.basis).join(", ")}); add basis="…"`,
    );
  return matches[0]!;
}

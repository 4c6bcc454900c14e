import type { Disagreement } from "./types";

// An observation's place in the ledger, in any shape that names its region, indicator, basis, year and source.
type Figure = { region: string; indicator: string; basis: string; year: number; source: string };

// The disagreements.csv row that covers a figure's region, indicator, basis and year, if any.
export function disagreementOf<D extends Pick<Disagreement, "region" | "indicator" | "basis" | "years">>(
  ds: readonly D[],
  o: Omit<Figure, "source">,
): D | undefined {
  return ds.find(
    (d) => d.region === o.region && d.indicator === o.indicator && d.basis === o.basis && d.years.includes(o.year),
  );
}

// Drawn on the line, shown in key facts and used by a <Figure> without source="…": a figure no row covers, or the
// preferred source's member of the row that does.
export function isPreferred(ds: readonly Disagreement[], o: Figure): boolean {
  const d = disagreementOf(ds, o);
  return !d || d.preferredSource === o.source;
}

// The anchor of a disagreement in a page's panel and on /data/disagreements.
export const disagreementId = (d: Pick<Disagreement, "region" | "indicator" | "basis" | "years">): string =>
  `disagreement-${d.region}-${d.indicator}-${d.basis}-${d.years.join("-")}`;

import "server-only";
import type { Locale } from "../i18n/routing";
import { disagreementId, disagreementOf, isPreferred } from "./ledger";
import { getBases, getDisagreements, getIndicator, getObservations, getRegion } from "./queries";
import type { Bilingual, Observation } from "./types";
import type { Unit } from "../themes";

export type SeriesPoint = {
  year: number;
  value: number;
  decimals: number;
  source: string;
  note: { zh: string | null; en: string | null };
  yearInferred: Bilingual | null;
  // The anchor of the disagreement this point is the preferred value of (lib/data/ledger.ts), if any.
  disagreement: string | null;
};
export type Series = {
  id: string;
  region: string;
  regionName: string;
  indicator: string;
  basis: string;
  basisName: string;
  basisNote: string;
  points: SeriesPoint[];
};

// One series per region + indicator + basis: figures on different bases are never joined. Where sources disagree,
// only the preferred value is on the line (lib/data/ledger.ts); the others are in the page's disagreement panel.
export async function seriesFor(
  regions: string[],
  indicator: string,
  locale: Locale,
): Promise<{ unit: Unit; series: Series[] }> {
  const ind = await getIndicator(indicator);
  if (!ind) throw new Error(`unknown indicator "${indicator}"`);
  const bases = new Map((await getBases()).map((b) => [b.key, b]));
  const disagreements = await getDisagreements();
  const series: Series[] = [];
  for (const slug of regions) {
    const region = await getRegion(slug);
    if (!region) throw new Error(`unknown region "${slug}"`);
    const byBasis = new Map<string, Observation[]>();
    for (const o of await getObservations({ region: [slug], indicator: [indicator] }))
      if (isPreferred(disagreements, o)) byBasis.set(o.basis, [...(byBasis.get(o.basis) ?? []), o]);
    for (const [basis, obs] of byBasis) {
      const b = bases.get(basis);
      series.push({
        id: `${slug}--${basis}`,
        region: slug,
        regionName: region.name[locale],
        indicator,
        basis,
        basisName: b?.name[locale] ?? basis,
        basisNote: b?.note[locale] ?? "",
        points: obs
          .sort((x, y) => x.year - y.year)
          .map((o) => {
            const d = disagreementOf(disagreements, o);
            return {
              year: o.year,
              value: o.value,
              decimals: o.decimals,
              source: o.source,
              note: o.note,
              yearInferred: o.yearInferred,
              disagreement: d ? disagreementId(d) : null,
            };
          }),
      });
    }
  }
  return { unit: ind.unit, series };
}

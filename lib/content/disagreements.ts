import "server-only";
import { figureId } from "../data/figures";
import { disagreementId, disagreementOf } from "../data/ledger";
import { getAllObservations, getBases, getIndicators, getRegions } from "../data/queries";
import type { Disagreement } from "../data/types";
import { formatValue } from "../format/number";
import type { Locale } from "../i18n/routing";

// One value a source reported, as a disagreement panel lists it.
export type DisagreementMember = {
  figureId: string;
  year: number;
  value: string;
  source: string;
  preferred: boolean;
  yearInferred: string | null;
  note: string | null;
};
// A disagreements.csv row with its members, in one language: what a case page's panel and /data/disagreements show.
export type DisagreementView = {
  id: string;
  region: string;
  regionName: string;
  indicatorName: string;
  basisName: string;
  years: number[];
  note: string;
  members: DisagreementMember[];
};

// Each disagreement's members in year order, the preferred value first within a year.
export async function disagreementViews(ds: Disagreement[], locale: Locale): Promise<DisagreementView[]> {
  const [observations, regions, indicators, bases] = [
    await getAllObservations(),
    await getRegions(),
    await getIndicators(),
    await getBases(),
  ];
  return ds.map((d) => {
    const ind = indicators.find((i) => i.key === d.indicator)!;
    const members = observations
      .filter((o) => disagreementOf([d], o))
      .map((o) => ({ o, preferred: o.source === d.preferredSource }))
      .sort((a, b) => a.o.year - b.o.year || Number(b.preferred) - Number(a.preferred));
    return {
      id: disagreementId(d),
      region: d.region,
      regionName: regions.find((r) => r.slug === d.region)?.name[locale] ?? d.region,
      indicatorName: ind.name[locale],
      basisName: bases.find((b) => b.key === d.basis)?.name[locale] ?? d.basis,
      years: d.years,
      note: d.note[locale],
      members: members.map(({ o, preferred }) => ({
        figureId: figureId(o, !preferred),
        year: o.year,
        value: formatValue(o.value, o.decimals, ind.unit, locale),
        source: o.source,
        preferred,
        yearInferred: o.yearInferred?.[locale] ?? null,
        note: o.note[locale],
      })),
    };
  });
}

import "server-only";
import { getTranslations } from "next-intl/server";
import { getBases, getIndicators, getRegions, getSourcesById } from "@/lib/data/queries";
import { sourceShortLabel } from "@/lib/data/source-refs";
import { decimalsOf } from "@/lib/dataset/domain";
import { formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import { UNITS, type Unit } from "@/lib/themes";

// Names for a figure of any edition: today's names where the region, indicator, basis or source still exists, else its key;
// a value as the page would show it, in the unit the edition had (or today's).
export async function figureLabels(locale: Locale) {
  const [regions, indicators, bases, sources] = [
    await getRegions(),
    await getIndicators(),
    await getBases(),
    await getSourcesById(),
  ];
  const undated = (await getTranslations({ locale, namespace: "Case" }))("undated");
  const unitOf = (indicator: string, then?: string): Unit | undefined =>
    (UNITS as readonly string[]).includes(then ?? "")
      ? (then as Unit)
      : indicators.find((i) => i.key === indicator)?.unit;
  return {
    region: (k: string) => regions.find((r) => r.slug === k)?.name[locale] ?? k,
    indicator: (k: string) => indicators.find((i) => i.key === k)?.name[locale] ?? k,
    basis: (k: string) => bases.find((b) => b.key === k)?.name[locale] ?? k,
    source: (id: string) => {
      const s = sources.get(id);
      return s ? sourceShortLabel(s, locale, undated) : id;
    },
    value: (v: string, indicator: string, then?: string) => {
      const unit = unitOf(indicator, then);
      return unit && /^-?\d+(\.\d+)?$/.test(v) ? formatValue(Number(v), decimalsOf(v), unit, locale) : v;
    },
  };
}

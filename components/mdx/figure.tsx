import { figureId, resolveFigure } from "@/lib/data/figures";
import { getIndicator } from "@/lib/data/queries";
import { formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  region: string;
  indicator: string;
  year: number | string;
  basis?: string;
  locale: Locale;
  sourceNumber: (id: string) => number;
};

// A number in the narrative, read from the database and linked to its source entry.
export async function Figure({ region, indicator, year, basis, locale, sourceNumber }: Props) {
  const o = await resolveFigure({ region, indicator, year: Number(year), basis });
  const ind = await getIndicator(indicator);
  const text = formatValue(o.value, o.decimals, ind!.unit, locale);
  const n = sourceNumber(o.source);
  return (
    <a
      className="figure"
      id={figureId(o)}
      href={`#source-${o.source}`}
      data-figure={`${o.region}/${o.indicator}/${o.year}/${o.basis}`}
      data-value={o.value.toFixed(o.decimals)}
      aria-describedby={`source-${o.source}`}
    >
      {text}
      <sup className="figure-ref">[{n}]</sup>
    </a>
  );
}

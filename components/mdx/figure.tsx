import { inferredFrom } from "@/lib/format/punct";
import { getTranslations } from "next-intl/server";
import { figureId } from "@/lib/data/figures";
import { getIndicator } from "@/lib/data/queries";
import type { Observation } from "@/lib/data/types";
import { formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";

type Props = {
  // The observation the page resolved for this <Figure> (casePageData's figureAt).
  o: Observation;
  locale: Locale;
  sourceNumber: (id: string) => number;
  // The indicator's unit when it is not today's (an old edition's figure); otherwise read from the store.
  unit?: Unit;
};

// A number in the narrative, read from the database and linked to its source entry.
export async function Figure({ o, locale, sourceNumber, unit }: Props) {
  const text = formatValue(o.value, o.decimals, unit ?? (await getIndicator(o.indicator))!.unit, locale);
  const n = sourceNumber(o.source);
  // A year the source does not state says what it was inferred from, as the chart, table and key facts do.
  const title = o.yearInferred
    ? (await getTranslations({ locale, namespace: "Case" }))("yearInferred", {
        from: inferredFrom(o.yearInferred[locale]),
      })
    : undefined;
  return (
    <a
      className="figure"
      id={figureId(o)}
      href={`#source-${o.source}`}
      data-figure={`${o.region}/${o.indicator}/${o.year}/${o.basis}`}
      data-value={o.value.toFixed(o.decimals)}
      aria-describedby={`source-${o.source}`}
      title={title}
    >
      {text}
      <sup className="figure-ref">[{n}]</sup>
    </a>
  );
}

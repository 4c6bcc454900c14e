import { getTranslations } from "next-intl/server";
import { CompactFigure, IndicatorChart } from "@/components/charts/indicator-chart";
import type { SourceRef } from "@/lib/data/source-refs";
import type { Series } from "@/lib/data/series";
import type { Indicator } from "@/lib/data/types";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";

type Props = {
  others: { indicator: Indicator; unit: Unit; series: Series[] }[];
  regionName: string;
  locale: Locale;
  sources: Record<string, SourceRef>;
  regionDataHref: string;
  // Where a disagreement's anchor is ("" on a case page: its own panel).
  disagreementsHref?: string;
};

// Indicators with three or more figures get a small chart and its table; one or two figures are compact cards.
export async function OtherIndicators({
  others,
  regionName,
  locale,
  sources,
  regionDataHref,
  disagreementsHref,
}: Props) {
  const t = await getTranslations({ locale, namespace: "Chart" });
  const isCompact = (o: Props["others"][number]) => o.series.every((s) => s.points.length <= 2);
  const title = (o: Props["others"][number]) =>
    t("indicatorTitle", { indicator: o.indicator.name[locale], region: regionName });
  const charts = others.filter((o) => !isCompact(o));
  const compact = others.filter(isCompact);
  return (
    <>
      <p>{t("otherIndicatorsIntro", { region: regionName })}</p>
      {compact.length > 0 && (
        <div className="compact-grid">
          {compact.map((o) => (
            <CompactFigure
              key={o.indicator.key}
              id={`chart-${o.indicator.key}`}
              title={o.indicator.name[locale]}
              series={o.series}
              unit={o.unit}
              locale={locale}
              sources={sources}
              disagreementsHref={disagreementsHref}
            />
          ))}
        </div>
      )}
      <div className="small-multiples">
        {charts.map((o) => (
          <IndicatorChart
            key={o.indicator.key}
            id={`chart-${o.indicator.key}`}
            title={title(o)}
            series={o.series}
            unit={o.unit}
            locale={locale}
            sources={sources}
            emptyMessage=""
            regionDataHref={regionDataHref}
            size="small"
            disagreementsHref={disagreementsHref}
          />
        ))}
      </div>
    </>
  );
}

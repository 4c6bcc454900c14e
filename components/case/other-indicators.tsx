import { getTranslations } from "next-intl/server";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import type { SourceRef } from "@/components/charts/line-chart";
import type { Series } from "@/lib/data/series";
import type { Indicator } from "@/lib/data/types";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";

type Props = { others: { indicator: Indicator; unit: Unit; series: Series[] }[]; regionName: string; locale: Locale; sources: Record<string, SourceRef>; regionDataHref: string };

// Small charts, each with its table, for every indicator other than incidence.
export async function OtherIndicators({ others, regionName, locale, sources, regionDataHref }: Props) {
  const t = await getTranslations({ locale, namespace: "Chart" });
  return (
    <>
      <p>{t("otherIndicatorsIntro", { region: regionName })}</p>
      <div className="small-multiples">
        {others.map((o) => (
          <IndicatorChart
            key={o.indicator.key}
            id={`chart-${o.indicator.key}`}
            title={t("indicatorTitle", { indicator: o.indicator.name[locale], region: regionName })}
            series={o.series}
            unit={o.unit}
            locale={locale}
            sources={sources}
            emptyMessage=""
            regionDataHref={regionDataHref}
            size="small"
          />
        ))}
      </div>
    </>
  );
}

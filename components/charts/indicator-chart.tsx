import { getTranslations } from "next-intl/server";
import type { Series } from "@/lib/data/series";
import type { AppLocale } from "@/lib/format/number";
import type { Unit } from "@/lib/themes";
import type { DownloadLabels } from "./chart-downloads";
import { DataTable } from "./data-table";
import { SeriesLineChart, type ChartEvent, type ChartLabels, type SourceRef } from "./line-chart";
import { toChartSeries } from "./to-chart-series";

type Props = {
  id: string;
  title: string;
  series: Series[];
  unit: Unit;
  locale: AppLocale;
  sources: Record<string, SourceRef>;
  baselineRegion?: string;
  events?: ChartEvent[];
  emptyMessage: string;
  regionDataHref?: string;
  size?: "large" | "small";
};

type ChartT = Awaited<ReturnType<typeof getTranslations<"Chart">>>;

// Every chart's translated strings, from the Chart namespace.
export function chartLabels(t: ChartT): Omit<ChartLabels, "title"> {
  const downloads: DownloadLabels = { menu: t("download"), svg: t("downloadSvg"), png: t("downloadPng"), csv: t("downloadCsv"), json: t("downloadJson"), allCsv: t("downloadAllCsv"), allJson: t("downloadAllJson") };
  return { year: t("year"), basis: t("basis"), source: t("source"), showBaseline: t("showBaseline"), downloads };
}

// A chart with its data table beside it; both are in the server HTML.
export async function IndicatorChart({ id, title, series, unit, locale, sources, baselineRegion = "china", events, emptyMessage, regionDataHref, size = "large" }: Props) {
  const t = await getTranslations({ locale, namespace: "Chart" });
  const chartSeries = toChartSeries(series, t("national"), baselineRegion);
  const hasRegionData = chartSeries.some((s) => !s.baseline && s.points.length > 0);
  return (
    <figure className={`chart-figure chart-${size}`} id={id} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {!hasRegionData && <p className="gap-note">{emptyMessage}</p>}
      <div className="chart-layout">
        <SeriesLineChart
          id={id}
          series={chartSeries}
          unit={unit}
          locale={locale}
          sources={sources}
          events={events}
          regionDataHref={regionDataHref}
          width={size === "large" ? 720 : 480}
          height={size === "large" ? 360 : 240}
          labels={{ ...chartLabels(t), title }}
        />
        <DataTable series={chartSeries} unit={unit} locale={locale} caption={t("tableCaption")} labels={{ year: t("year"), source: t("source") }} sources={sources} id={`${id}-table`} />
      </div>
      {size === "large" && <p className="chart-caption">{t("caption")}</p>}
    </figure>
  );
}

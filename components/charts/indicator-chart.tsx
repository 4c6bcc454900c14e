import { colon as colonFor } from "@/lib/format/punct";
import { getTranslations } from "next-intl/server";
import type { Series } from "@/lib/data/series";
import { formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";
import { DataTable } from "./data-table";
import { SeriesLineChart } from "./line-chart";
import { toChartSeries } from "@/lib/charts/chart-series";
import type { ChartEvent, ChartLabels, DownloadLabels } from "@/lib/charts/types";
import type { SourceRef } from "@/lib/data/source-refs";

type Props = {
  id: string;
  title: string;
  series: Series[];
  unit: Unit;
  locale: Locale;
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
  const downloads: DownloadLabels = {
    menu: t("download"),
    svg: t("downloadSvg"),
    png: t("downloadPng"),
    csv: t("downloadCsv"),
    json: t("downloadJson"),
    allCsv: t("downloadAllCsv"),
    allJson: t("downloadAllJson"),
  };
  return {
    year: t("year"),
    basis: t("basis"),
    source: t("source"),
    unit: t("unit"),
    showBaseline: t("showBaseline"),
    gapLegend: t("gapLegend"),
    keyboardHint: t("keyboardHint"),
    licence: t("licence"),
    downloads,
  };
}

// A chart with its data table beside it; both are in the server HTML.
export async function IndicatorChart({
  id,
  title,
  series,
  unit,
  locale,
  sources,
  baselineRegion = "china",
  events,
  emptyMessage,
  regionDataHref,
  size = "large",
}: Props) {
  const t = await getTranslations({ locale, namespace: "Chart" });
  const chartSeries = toChartSeries(series, t("national"), baselineRegion);
  const hasRegionData = chartSeries.some((s) => !s.baseline && s.points.length > 0);
  return (
    <figure className={`chart-figure chart-${size}`} id={id} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {!hasRegionData && emptyMessage && <p className="gap-note">{emptyMessage}</p>}
      <div className="chart-layout">
        <SeriesLineChart
          id={id}
          series={chartSeries}
          unit={unit}
          locale={locale}
          sources={sources}
          events={events}
          regionDataHref={regionDataHref}
          size={size}
          tableId={`${id}-table`}
          labels={{ ...chartLabels(t), title }}
        />
        <DataTable
          series={chartSeries}
          unit={unit}
          locale={locale}
          caption={t("tableCaption")}
          labels={{ year: t("year"), source: t("source") }}
          sources={sources}
          id={`${id}-table`}
        />
      </div>
      {size === "large" && <p className="chart-caption">{t("caption")}</p>}
    </figure>
  );
}

// One or two figures are not a trend: each is shown as a value with its year and source number.
export async function CompactFigure({
  id,
  title,
  series,
  unit,
  locale,
  sources,
}: Pick<Props, "id" | "title" | "series" | "unit" | "locale" | "sources">) {
  const t = await getTranslations({ locale, namespace: "Chart" });
  const colon = colonFor(locale);
  return (
    <figure className="compact-figure" id={id} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="compact-title">
        {title}
      </figcaption>
      {series.map((s) => (
        <div key={s.id}>
          <ul className="compact-values">
            {s.points.map((p) => {
              const src = sources[p.source];
              return (
                <li key={p.year} data-series={s.id} data-year={p.year} data-value={p.value}>
                  <span className="compact-value">{formatValue(p.value, p.decimals, unit, locale)}</span>{" "}
                  <span className="compact-year">
                    {p.year}
                    {src && (
                      <>
                        {" "}
                        <a href={src.href} className="src-link" title={`${t("source")}${colon}${src.label}`}>
                          [{src.n}]
                        </a>
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
          <small className="compact-basis">
            {t("basis")}
            {colon}
            {s.basisName}
          </small>
        </div>
      ))}
    </figure>
  );
}

import { colon as colonFor, inferredFrom } from "@/lib/format/punct";
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
  disagreementsHref?: string;
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
    metadata: t("downloadMetadata"),
  };
  return {
    year: t("year"),
    basis: t("basis"),
    source: t("source"),
    unit: t("unit"),
    publishedIn: t("publishedIn", { unit: "{unit}" }),
    showBaseline: t("showBaseline"),
    gapLegend: t("gapLegend"),
    keyboardHint: t("keyboardHint"),
    licence: t("licence"),
    disputed: t("disputed"),
    disputedLegend: t("disputedLegend"),
    yearInferred: t("yearInferred", { from: "{from}" }),
    tableNotes: t("tableNotes"),
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
  disagreementsHref,
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
          disagreementsHref={disagreementsHref}
        />
        <DataTable
          series={chartSeries}
          unit={unit}
          locale={locale}
          caption={t("tableCaption")}
          labels={{
            year: t("year"),
            source: t("source"),
            disputed: t("disputed"),
            notes: t("tableNotes"),
            yearInferred: t("yearInferred", { from: "{from}" }),
          }}
          sources={sources}
          id={`${id}-table`}
          disagreementsHref={disagreementsHref}
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
  disagreementsHref,
}: Pick<Props, "id" | "title" | "series" | "unit" | "locale" | "sources" | "disagreementsHref">) {
  const t = await getTranslations({ locale, namespace: "Chart" });
  const colon = colonFor(locale);
  const base = disagreementsHref ?? `/${locale}/data/disagreements`;
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
                    {p.disagreement && (
                      <a
                        href={`${base}#${p.disagreement}`}
                        className="disputed-mark"
                        title={t("disputed")}
                        aria-label={t("disputed")}
                      >
                        †
                      </a>
                    )}
                  </span>
                  {p.yearInferred && (
                    <small className="year-inferred">
                      {t("yearInferred", { from: inferredFrom(p.yearInferred[locale]) })}
                    </small>
                  )}
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

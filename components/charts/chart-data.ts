import { toExportCsv } from "@/lib/format/csv";
import type { ClientChart } from "@/lib/charts/types";

export const CHART_CSV_COLUMNS = [
  "region",
  "indicator",
  "year",
  "value",
  "unit",
  "basis",
  "source",
  "source_title",
  "note_zh",
  "note_en",
  "year_inferred_zh",
  "year_inferred_en",
] as const;

// The columns of a view's CSV: the published figures' columns, then the view's drawn x and value.
export function chartCsvColumns(chart: ClientChart): string[] {
  const v = chart.viewColumns;
  return [...CHART_CSV_COLUMNS, ...(v?.x ? [v.x] : []), ...(v?.value ? [v.value] : [])];
}

// Exactly the rows the chart shows, in the API's columns plus the source's title (and, for a view, what it drew).
export function chartRecords(chart: ClientChart, hideBaseline: boolean) {
  const v = chart.viewColumns;
  return chart.series
    .filter((s) => !(hideBaseline && s.baseline))
    .flatMap((s) =>
      s.points.map((p) => ({
        ...(v?.x ? { [v.x]: p.x } : {}),
        ...(v?.value ? { [v.value]: p.y.toFixed(p.yDecimals) } : {}),
        region: s.region,
        indicator: s.indicator,
        year: p.year,
        value: p.value.toFixed(p.decimals),
        decimals: p.decimals,
        unit: chart.unit,
        basis: s.basis,
        source: p.source,
        source_title: p.sourceTitle,
        note_zh: p.noteZh,
        note_en: p.noteEn,
        year_inferred_zh: p.yearInferredZh,
        year_inferred_en: p.yearInferredEn,
      })),
    );
}

// The chart's CSV download, neutralised like every export; the BOM lets Excel open the Chinese notes as UTF-8.
export function chartCsv(chart: ClientChart, hideBaseline: boolean): string {
  return "\uFEFF" + toExportCsv(chartRecords(chart, hideBaseline), chartCsvColumns(chart));
}

// The CSV's sidecar, as data sites ship one beside a download: what the file holds (title, subtitle, unit, columns),
// where it comes from (every source its rows cite, and the page that draws it) and how it may be reused. The CSV stays
// a plain table that Excel and pandas open without options.
export function chartMetadata(chart: ClientChart, hideBaseline: boolean, url: string) {
  const rows = chartRecords(chart, hideBaseline);
  const sources = new Map<string, { id: string; label: string; title: string }>();
  for (const s of chart.series.filter((x) => !(hideBaseline && x.baseline)))
    for (const p of s.points)
      if (!sources.has(p.source)) sources.set(p.source, { id: p.source, label: p.sourceLabel, title: p.sourceTitle });
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    unit: chart.unit,
    file: `${chart.fileName}.csv`,
    rows: rows.length,
    columns: chartCsvColumns(chart),
    url,
    sources: [...sources.values()],
    sourceLine: chart.sourceLine,
    licence: chart.licence,
    dictionary: new URL(`/${chart.locale}/data#dictionary`, url).href,
    api: new URL(chart.apiPath, url).href,
  };
}

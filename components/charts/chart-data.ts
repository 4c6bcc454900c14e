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

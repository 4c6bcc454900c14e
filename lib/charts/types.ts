import type { SeriesPoint } from "../data/series";
import type { Locale } from "../i18n/routing";

// Shapes shared by the server-drawn charts, their tables and the small client script.
export type ChartSeries = {
  id: string;
  region: string;
  indicator: string;
  basis: string;
  label: string;
  basisName: string;
  basisNote: string;
  baseline: boolean;
  dashed: boolean;
  points: SeriesPoint[];
};
export type ChartEvent = { year: number; label: string };
export type DownloadLabels = {
  menu: string;
  svg: string;
  png: string;
  csv: string;
  json: string;
  allCsv: string;
  allJson: string;
  metadata: string;
};
export type ChartLabels = {
  year: string;
  basis: string;
  source: string;
  unit: string;
  // Beside a drawn unit that is not the published one ("index (figures published in %)"), with {unit}.
  publishedIn: string;
  showBaseline: string;
  title: string;
  gapLegend: string;
  keyboardHint: string;
  licence: string;
  // The tooltip's line for a value sources disagree on, and the legend's entry for its ring.
  disputed: string;
  disputedLegend: string;
  // "year inferred from {from}": a template, filled on the server for each point.
  yearInferred: string;
  tableNotes: string;
  downloads: DownloadLabels;
};

// What the browser needs for tooltips and downloads: formatted values, never the chart library.
export type ClientPoint = {
  // Where the point is drawn: x is the year, or the years since a region's milestone (compare's aligned views),
  // and y the published value, or its index or change (compare's views).
  x: number;
  xText: string;
  y: number;
  yDecimals: number;
  year: number;
  value: number;
  decimals: number;
  text: string;
  source: string;
  sourceLabel: string;
  sourceTitle: string;
  noteZh: string | null;
  noteEn: string | null;
  yearInferredZh: string | null;
  yearInferredEn: string | null;
  // "year inferred from …" in the page's language, or null when the source states the year.
  yearInferredText: string | null;
  // The anchor of the disagreement this value is preferred in, or null.
  disagreement: string | null;
};
export type ClientSeries = {
  id: string;
  region: string;
  indicator: string;
  basis: string;
  label: string;
  basisName: string;
  colour: string;
  dashed: boolean;
  baseline: boolean;
  points: ClientPoint[];
};
export type ClientChart = {
  id: string;
  locale: Locale;
  // The open API's query for the same figures (/api/v1/observations?…), for downloads and their sidecar.
  apiPath: string;
  unit: string;
  title: string;
  subtitle: string;
  sourceLine: string;
  // The downloads' file name without extension: regions, indicator and language ("xiangxi_china-poverty_incidence-zh").
  fileName: string;
  licence: string;
  // The names of the CSV's extra columns for a view's drawn x and value (compare's views), else null.
  viewColumns: { x?: string; value?: string } | null;
  // The x axis's name when it is not calendar years, for the tooltip's heading.
  xLabel: string | null;
  gapLegend: string | null;
  /** ": " or "：" */
  colon: string;
  series: ClientSeries[];
};

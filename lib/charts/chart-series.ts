import type { Series } from "../data/series";
import type { ChartSeries } from "./types";

// Database series → chart series; the baseline region is drawn grey and can be switched off.
export function toChartSeries(series: Series[], nationalLabel: string, baselineRegion = "china"): ChartSeries[] {
  return series.map((s) => ({
    id: s.id,
    region: s.region,
    indicator: s.indicator,
    basis: s.basis,
    label: s.region === baselineRegion ? nationalLabel : s.regionName,
    basisName: s.basisName,
    basisNote: s.basisNote,
    baseline: s.region === baselineRegion,
    dashed: s.basis === "registered-poor",
    points: s.points,
  }));
}

import type { ChartSeries } from "@/lib/charts/types";

// A chart series as the pages build it, from (year, value, decimals) triples; its region is its id.
export const series = (
  id: string,
  label: string,
  pts: [number, number, number][],
  basis = "official",
): ChartSeries => ({
  id,
  region: id,
  indicator: "x",
  basis,
  label,
  basisName: basis,
  basisNote: "",
  baseline: false,
  dashed: false,
  points: pts.map(([year, value, decimals]) => ({
    year,
    value,
    decimals,
    source: "s",
    note: { zh: null, en: null },
    yearInferred: null,
    disagreement: null,
  })),
});

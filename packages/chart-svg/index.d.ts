export type SvgPoint = { year: number; value: number };
export type SvgSeries = {
  id: string;
  colour: string;
  /** dash pattern of the series' own line ("6 4" for a registered-poor basis), or undefined for solid */
  dash?: string;
  baseline: boolean;
  points: SvgPoint[];
  /** label written beside a single-point series' marker */
  singleLabel?: string;
  /** years whose point is one of several values sources disagree on: drawn with a dashed ring */
  marked?: number[];
};
export type LineChartSpec = {
  id: string;
  width: number;
  height: number;
  fontSize: number;
  title: string;
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
  /** tick value → label, formatted by the caller for the page's locale */
  yLabels: Record<string, string>;
  yAxisWidth: number;
  /** the value axis's unit, written above its top tick ("亿元", "100 million yuan"), or undefined */
  yUnit?: string;
  series: SvgSeries[];
  events: { year: number; mark: string }[];
  /** x tick value → label ("−2", "+3"), or undefined for plain years */
  xLabels?: Record<string, string>;
  /** periods drawn as a light band, named at their top */
  bands?: { from: number; to: number; label: string }[];
  /** horizontal reference lines (thresholds, index 100), labelled at the right */
  rules?: { value: number; label: string }[];
  /** milestones marked on a line: a ring at (x, y) in the series' colour, numbered */
  marks?: { x: number; y: number; colour: string; mark: string }[];
};
/** The chart as one `<svg>` element's markup. */
export function renderLineChart(spec: LineChartSpec): string;

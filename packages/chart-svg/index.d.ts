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
  /** horizontal reference lines (thresholds), labelled at the left: the lowest of several below its line */
  rules?: { value: number; label: string }[];
  /** vertical reference lines (an aligned view's year 0), labelled on the given side at the top */
  xRules?: { x: number; label: string; side: "left" | "right" }[];
  /** milestones marked on a line: a ring at (x, y) in the series' colour, numbered; the number's side (default top) */
  marks?: { x: number; y: number; colour: string; mark: string; position?: "top" | "bottom" | "left" | "right" }[];
};
/** The chart as one `<svg>` element's markup. */
export function renderLineChart(spec: LineChartSpec): string;

// Colour-blind-safe (Okabe–Ito) colours; the national baseline is always grey.
export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];
export const BASELINE_COLOUR = "#6b6b6b";

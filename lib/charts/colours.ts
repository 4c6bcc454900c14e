// Colour-blind-safe colours (Okabe–Ito, without its yellow, too pale on white, and its black, too close to the grey
// baseline); the national baseline is always grey.
export const REGION_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;
export const BASELINE_COLOUR = "#6b6b6b";

// A region's own colour: its place among every region of the dataset but the baseline (in slug order),
// so it is the same on its case page, the indicator pages, compare and the exports.
export function regionColour(region: string, allRegions: readonly string[], baseline = "china"): string {
  if (region === baseline) return BASELINE_COLOUR;
  const others = allRegions.filter((r) => r !== baseline).sort();
  const i = others.indexOf(region);
  return REGION_PALETTE[(i < 0 ? others.length : i) % REGION_PALETTE.length]!;
}

// The colours of one chart: each region keeps its own, unless an earlier region of the same chart already has it
// (more regions than colours); that region then takes the first colour no region of the chart has.
export function chartColours(
  regions: readonly string[],
  allRegions: readonly string[],
  baseline = "china",
): Map<string, string> {
  const out = new Map<string, string>();
  const own = regions.filter((r, i) => regions.indexOf(r) === i);
  const taken = new Set<string>();
  for (const r of own) {
    const c = regionColour(r, allRegions, baseline);
    if (r === baseline || !taken.has(c)) {
      out.set(r, c);
      taken.add(c);
    }
  }
  for (const r of own)
    if (!out.has(r)) {
      const free = REGION_PALETTE.find((c) => !taken.has(c)) ?? regionColour(r, allRegions, baseline);
      out.set(r, free);
      taken.add(free);
    }
  return out;
}

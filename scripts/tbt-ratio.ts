// The budget `npm run bench` reports: every key page's Total Blocking Time stays within 1.2× of the lightest page's
// (/en/about), measured in the same Lighthouse run, each the median of its runs' TBT.
export const TBT_BASELINE = "/en/about";
export const TBT_LIMIT = 1.2;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// Simulated throttling often gives the light page 0 ms: then only 0 ms is within the budget (0 ÷ 0 counts as 1×).
export function tbtRatio(tbt: number, baseline: number): number {
  if (baseline > 0) return tbt / baseline;
  return tbt > 0 ? Infinity : 1;
}

export const overBudget = (ratio: number) => ratio > TBT_LIMIT;

export const formatRatio = (ratio: number) =>
  `${Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "∞"}${overBudget(ratio) ? ` > ${TBT_LIMIT}×` : ""}`;

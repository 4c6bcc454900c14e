import type { SeriesPoint } from "@/lib/data/series";

type Props = { points: SeriesPoint[]; label: string; width?: number; height?: number; from?: number; to?: number };

// A tiny server-rendered line: consecutive years are joined, a missing year breaks the line.
export function Sparkline({ points, label, width = 160, height = 40, from, to }: Props) {
  if (points.length === 0) return null;
  const x0 = from ?? points[0]!.year;
  const x1 = Math.max(to ?? points.at(-1)!.year, x0 + 1);
  const yMax = Math.max(...points.map((p) => p.value)) || 1;
  const pad = 4;
  const x = (year: number) => pad + ((year - x0) / (x1 - x0)) * (width - 2 * pad);
  const y = (v: number) => height - pad - (v / yMax) * (height - 2 * pad);
  const runs: SeriesPoint[][] = [];
  for (const p of points) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.year === p.year - 1) run.push(p);
    else runs.push([p]);
  }
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke="#ddd" />
      {runs.filter((r) => r.length > 1).map((r) => (
        <polyline key={r[0]!.year} points={r.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")} fill="none" stroke="#0072B2" strokeWidth={2} />
      ))}
      {points.map((p) => (
        <circle key={p.year} cx={x(p.year).toFixed(1)} cy={y(p.value).toFixed(1)} r={2.5} fill="#0072B2" />
      ))}
    </svg>
  );
}

import type { SeriesPoint } from "@/lib/data/series";

type Props = { points: SeriesPoint[]; label: string; width?: number; height?: number; from?: number; to?: number };

// A tiny server-rendered line: observations are joined; a segment across missing years is lighter and dashed.
export function Sparkline({ points, label, width = 160, height = 40, from, to }: Props) {
  if (points.length === 0) return null;
  const x0 = from ?? points[0]!.year;
  const x1 = Math.max(to ?? points.at(-1)!.year, x0 + 1);
  const yMax = Math.max(...points.map((p) => p.value)) || 1;
  const pad = 4;
  const x = (year: number) => pad + ((year - x0) / (x1 - x0)) * (width - 2 * pad);
  const y = (v: number) => height - pad - (v / yMax) * (height - 2 * pad);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke="#ddd" />
      {points.slice(1).map((p, i) => {
        const a = points[i]!;
        const gap = p.year - a.year > 1;
        return (
          <line
            key={p.year}
            x1={x(a.year).toFixed(1)}
            y1={y(a.value).toFixed(1)}
            x2={x(p.year).toFixed(1)}
            y2={y(p.value).toFixed(1)}
            stroke="#0072B2"
            strokeWidth={2}
            strokeOpacity={gap ? 0.55 : 1}
            strokeDasharray={gap ? "3 3" : undefined}
          />
        );
      })}
      {points.map((p) => (
        <circle key={p.year} cx={x(p.year).toFixed(1)} cy={y(p.value).toFixed(1)} r={2.5} fill="#0072B2" />
      ))}
    </svg>
  );
}

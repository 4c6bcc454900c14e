"use client";

import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipProps } from "recharts";
import { formatPlain, formatValue, type AppLocale } from "@/lib/format/number";
import type { Unit } from "@/lib/themes";
import { BASELINE_COLOUR, SERIES_COLOURS } from "./palette";

export type ChartPoint = { year: number; value: number; decimals: number; source: string; note: string | null };
export type ChartSeries = { id: string; label: string; basisName: string; basisNote: string; baseline: boolean; dashed: boolean; points: ChartPoint[] };
export type ChartEvent = { year: number; label: string };
export type SourceRef = { n: number; label: string; href: string };
export type ChartLabels = { year: string; basis: string; source: string; showBaseline: string; title: string };

type Props = {
  series: ChartSeries[];
  unit: Unit;
  locale: AppLocale;
  labels: ChartLabels;
  sources: Record<string, SourceRef>;
  events?: ChartEvent[];
  width?: number;
  height?: number;
};

const W = 720;
const H = 360;

export function SeriesLineChart({ series, unit, locale, labels, sources, events = [], width = W, height = H }: Props) {
  const [showBaseline, setShowBaseline] = useState(true);
  const visible = series.filter((s) => showBaseline || !s.baseline);
  const years = visible.flatMap((s) => s.points.map((p) => p.year));
  const [min, max] = [Math.min(...years), Math.max(...years)];
  // Every year in range gets a row, so a missing year is a null and the line breaks there.
  const rows = years.length
    ? Array.from({ length: max - min + 1 }, (_, i) => {
        const year = min + i;
        const row: Record<string, number | null> = { year };
        for (const s of visible) row[s.id] = s.points.find((p) => p.year === year)?.value ?? null;
        return row;
      })
    : [];
  const pointOf = (seriesId: string, year: number) => series.find((s) => s.id === seriesId)?.points.find((p) => p.year === year);
  const colourOf = (s: ChartSeries) => (s.baseline ? BASELINE_COLOUR : SERIES_COLOURS[series.filter((x) => !x.baseline).indexOf(s) % SERIES_COLOURS.length]!);
  const hasBaseline = series.some((s) => s.baseline);

  return (
    <div className="chart">
      {hasBaseline && (
        <label className="chart-toggle">
          <input type="checkbox" checked={showBaseline} onChange={(e) => setShowBaseline(e.target.checked)} /> {labels.showBaseline}
        </label>
      )}
      <LineChart
        width={width}
        height={height}
        data={rows}
        margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        title={labels.title}
        role="img"
        aria-label={labels.title}
      >
        <CartesianGrid stroke="#e5e5e5" vertical={false} />
        <XAxis dataKey="year" type="number" domain={[min, max]} allowDecimals={false} tickCount={Math.min(max - min + 1, 12)} />
        <YAxis width={56} tickFormatter={(v: number) => formatPlain(v, Number.isInteger(v) ? 0 : 1, locale)} unit={unit === "percent" ? "%" : undefined} />
        <Tooltip content={(p: TooltipProps<number, string>) => <ChartTooltip {...p} series={series} unit={unit} locale={locale} labels={labels} sources={sources} pointOf={pointOf} />} />
        {events.map((e) => (
          <ReferenceLine key={`${e.year}-${e.label}`} x={e.year} stroke="#999" strokeDasharray="2 3" label={{ value: e.label, position: "insideTopLeft", fontSize: 11, fill: "#555" }} />
        ))}
        {visible.map((s) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.label}
            stroke={colourOf(s)}
            strokeWidth={s.baseline ? 1.5 : 2.5}
            strokeDasharray={s.dashed ? "6 4" : undefined}
            connectNulls={false}
            isAnimationActive={false}
            dot={(d: { cx?: number; cy?: number; value?: number | null; payload?: { year: number }; key?: string }) =>
              d.value === null || d.value === undefined || d.cx === undefined || d.cy === undefined ? (
                <g key={d.key} />
              ) : (
                <circle key={d.key} className="chart-point" data-series={s.id} data-year={d.payload?.year} data-value={d.value} cx={d.cx} cy={d.cy} r={4} fill={colourOf(s)} stroke="#fff" strokeWidth={1} />
              )
            }
          />
        ))}
      </LineChart>
      <ul className="chart-legend">
        {visible.map((s) => (
          <li key={s.id}>
            <span className="swatch" style={{ background: colourOf(s) }} aria-hidden="true" /> {s.label}
            <span className="legend-note"> — {s.basisName}{s.basisNote ? `: ${s.basisNote}` : ""}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

type TooltipExtra = Pick<Props, "series" | "unit" | "locale" | "labels" | "sources"> & { pointOf: (id: string, year: number) => ChartPoint | undefined };

function ChartTooltip({ active, payload, label, series, unit, locale, labels, sources, pointOf }: TooltipProps<number, string> & TooltipExtra) {
  if (!active || !payload?.length) return null;
  const year = Number(label);
  const entries = payload.filter((e) => e.value !== null && e.value !== undefined);
  if (!entries.length) return null;
  return (
    <div className="chart-tooltip" role="status">
      <strong>{year}</strong>
      <ul>
        {entries.map((e) => {
          const s = series.find((x) => x.id === e.dataKey);
          const p = pointOf(String(e.dataKey), year);
          if (!s || !p) return null;
          return (
            <li key={s.id}>
              {s.label}: <b>{formatValue(p.value, p.decimals, unit, locale)}</b>
              <br />
              <small>
                {labels.basis}: {s.basisName} · {labels.source}: {sources[p.source] ? `[${sources[p.source]!.n}] ${sources[p.source]!.label}` : p.source}
              </small>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

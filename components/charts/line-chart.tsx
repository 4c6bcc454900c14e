"use client";

import { useRef, useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipProps } from "recharts";
import { formatPlain, formatValue, type AppLocale } from "@/lib/format/number";
import type { Unit } from "@/lib/themes";
import { ChartDownloads, type DownloadLabels } from "./chart-downloads";
import { BASELINE_COLOUR, SERIES_COLOURS } from "./palette";

export type ChartPoint = { year: number; value: number; decimals: number; source: string; note: { zh: string | null; en: string | null } };
export type ChartSeries = {
  id: string;
  region: string;
  indicator: string;
  basis: string;
  label: string;
  basisName: string;
  basisNote: string;
  baseline: boolean;
  dashed: boolean;
  points: ChartPoint[];
};
export type ChartEvent = { year: number; label: string };
export type SourceRef = { n: number; label: string; href: string };
export type ChartLabels = { year: string; basis: string; source: string; showBaseline: string; title: string; downloads: DownloadLabels };

type Props = {
  id: string;
  series: ChartSeries[];
  unit: Unit;
  locale: AppLocale;
  labels: ChartLabels;
  sources: Record<string, SourceRef>;
  events?: ChartEvent[];
  regionDataHref?: string;
  width?: number;
  height?: number;
};

export function SeriesLineChart({ id, series, unit, locale, labels, sources, events = [], regionDataHref, width = 720, height = 360 }: Props) {
  const [showBaseline, setShowBaseline] = useState(true);
  const frame = useRef<HTMLDivElement>(null);
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
  const colourOf = (s: ChartSeries) => (s.baseline ? BASELINE_COLOUR : SERIES_COLOURS[series.filter((x) => !x.baseline).indexOf(s) % SERIES_COLOURS.length]!);

  return (
    <div className="chart">
      <div className="chart-controls no-print">
        {series.some((s) => s.baseline) && (
          <label className="chart-toggle">
            <input type="checkbox" checked={showBaseline} onChange={(e) => setShowBaseline(e.target.checked)} /> {labels.showBaseline}
          </label>
        )}
        <ChartDownloads id={id} title={labels.title} series={visible} unit={unit} frame={frame} labels={labels.downloads} regionDataHref={regionDataHref} />
      </div>
      <div ref={frame} className="chart-frame">
        <LineChart width={width} height={height} data={rows} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer title={labels.title} role="img" aria-label={labels.title}>
          <CartesianGrid stroke="#e5e5e5" vertical={false} />
          <XAxis dataKey="year" type="number" domain={[min, max]} allowDecimals={false} tickCount={Math.min(max - min + 1, 12)} />
          <YAxis width={64} domain={[0, (max: number) => niceCeiling(max * 1.08)]} tickFormatter={(v: number) => formatPlain(v, Number.isInteger(v) ? 0 : 1, locale)} unit={unit === "percent" ? "%" : undefined} />
          <Tooltip content={(p: TooltipProps<number, string>) => <ChartTooltip {...p} series={series} unit={unit} locale={locale} labels={labels} sources={sources} />} />
          {events.map((e, i) => (
            <ReferenceLine key={`${e.year}-${e.label}`} x={e.year} stroke="#999" strokeDasharray="2 3" label={{ value: `${EVENT_MARKS[i] ?? i + 1}`, position: "insideTopRight", fontSize: 13, fill: "#555" }} />
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
      </div>
      {events.length > 0 && (
        <ol className="chart-events">
          {events.map((e, i) => (
            <li key={`${e.year}-${e.label}`}>
              <span aria-hidden="true">{EVENT_MARKS[i] ?? i + 1}</span> {e.year}: {e.label}
            </li>
          ))}
        </ol>
      )}
      <ul className="chart-legend">
        {visible.map((s) => (
          <li key={s.id}>
            <span className={s.dashed ? "swatch dashed" : "swatch"} style={{ borderColor: colourOf(s) }} aria-hidden="true" /> {s.label}
            <span className="legend-note">
              {" "}
              — {s.basisName}
              {s.basisNote ? `: ${s.basisNote}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const EVENT_MARKS = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"];

// Rounds an axis maximum up to a round number a little above the data.
function niceCeiling(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * p).find((c) => c >= v)!;
}

type TooltipExtra = Pick<Props, "series" | "unit" | "locale" | "labels" | "sources">;

// Compares every series at the hovered (or keyboard-focused) year, with basis and source.
function ChartTooltip({ active, payload, label, series, unit, locale, labels, sources }: TooltipProps<number, string> & TooltipExtra) {
  if (!active || !payload?.length) return null;
  const year = Number(label);
  const entries = payload.filter((e) => e.value !== null && e.value !== undefined);
  return (
    <div className="chart-tooltip" role="status" data-testid="chart-tooltip">
      <strong>{year}</strong>
      <ul>
        {entries.map((e) => {
          const s = series.find((x) => x.id === e.dataKey);
          const p = s?.points.find((x) => x.year === year);
          if (!s || !p) return null;
          const src = sources[p.source];
          return (
            <li key={s.id}>
              {s.label}: <b>{formatValue(p.value, p.decimals, unit, locale)}</b>
              <br />
              <small>
                {labels.basis}: {s.basisName} · {labels.source}: {src ? `[${src.n}] ${src.label}` : p.source}
              </small>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

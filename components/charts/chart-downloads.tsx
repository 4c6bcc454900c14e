"use client";

import type { RefObject } from "react";
import { jsonRecord, OBSERVATION_COLUMNS, toCsv, type ObservationRecord } from "@/lib/format/csv";
import type { Unit } from "@/lib/themes";
import { saveBlob, svgDocument, svgToPng } from "./download";
import type { ChartSeries } from "./line-chart";

export type DownloadLabels = { menu: string; svg: string; png: string; csv: string; json: string; allCsv: string; allJson: string };

type Props = { id: string; title: string; series: ChartSeries[]; unit: Unit; frame: RefObject<HTMLDivElement | null>; labels: DownloadLabels; regionDataHref?: string };

// Exactly the rows the chart shows, in the API's columns, so a download equals the database rows.
function records(series: ChartSeries[], unit: Unit): ObservationRecord[] {
  return series.flatMap((s) =>
    s.points.map((p) => ({ region: s.region, indicator: s.indicator, year: p.year, value: p.value.toFixed(p.decimals), unit, basis: s.basis, source: p.source, note_zh: p.note.zh, note_en: p.note.en })),
  );
}

export function ChartDownloads({ id, title, series, unit, frame, labels, regionDataHref }: Props) {
  const regions = [...new Set(series.map((s) => s.region))].join(",");
  const indicator = series[0]?.indicator ?? "";
  const apiHref = (format: "csv" | "json") => `/api/v1/observations?region=${regions}&indicator=${indicator}${format === "csv" ? "&format=csv" : ""}`;
  const svg = () => frame.current?.querySelector("svg.recharts-surface") as SVGSVGElement | null;
  const onData = (format: "csv" | "json") => (e: React.MouseEvent) => {
    e.preventDefault();
    const rows = records(series, unit);
    const body = format === "csv" ? toCsv(rows, OBSERVATION_COLUMNS) : JSON.stringify({ title, data: rows.map(jsonRecord) }, null, 2);
    saveBlob(new Blob([body], { type: format === "csv" ? "text/csv;charset=utf-8" : "application/json" }), `${id}.${format}`);
  };
  const onSvg = () => {
    const el = svg();
    if (el) saveBlob(new Blob([svgDocument(el, title)], { type: "image/svg+xml" }), `${id}.svg`);
  };
  const onPng = async () => {
    const el = svg();
    if (!el) return;
    const { width, height } = el.viewBox.baseVal;
    saveBlob(await svgToPng(svgDocument(el, title), width, height), `${id}.png`);
  };
  return (
    <details className="downloads">
      <summary>{labels.menu}</summary>
      <ul>
        <li>
          <button type="button" onClick={onSvg}>
            {labels.svg}
          </button>
        </li>
        <li>
          <button type="button" onClick={onPng}>
            {labels.png}
          </button>
        </li>
        <li>
          <a href={apiHref("csv")} onClick={onData("csv")} download={`${id}.csv`}>
            {labels.csv}
          </a>
        </li>
        <li>
          <a href={apiHref("json")} onClick={onData("json")} download={`${id}.json`}>
            {labels.json}
          </a>
        </li>
        {regionDataHref && (
          <>
            <li>
              <a href={`${regionDataHref}&format=csv`}>{labels.allCsv}</a>
            </li>
            <li>
              <a href={regionDataHref}>{labels.allJson}</a>
            </li>
          </>
        )}
      </ul>
    </details>
  );
}

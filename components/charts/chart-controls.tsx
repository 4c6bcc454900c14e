"use client";

import { useEffect, useRef, useState } from "react";
import { attachChart } from "./chart-interact";
import { chartCsv, chartMetadata, chartRecords } from "./chart-data";
import { exportSvg, saveBlob, svgToPng, viewUrl } from "./download";
import type { ChartLabels, ClientChart } from "@/lib/charts/types";

type Props = { chart: ClientChart; labels: ChartLabels; hasBaseline: boolean; regionDataHref?: string };

// The only chart code the browser gets: wires up tooltips and keyboard, and the controls that need JS.
export function ChartControls({ chart, labels, hasBaseline, regionDataHref }: Props) {
  const [ready, setReady] = useState(false);
  const [showBaseline, setShowBaseline] = useState(true);
  const ref = useRef<HTMLDivElement>(null);
  const root = () => ref.current?.closest<HTMLElement>(".chart") ?? null;

  useEffect(() => {
    setReady(true);
    const el = root();
    return el ? attachChart(el, chart, labels) : undefined;
  }, [chart, labels]);
  useEffect(() => {
    root()?.classList.toggle("hide-baseline", !showBaseline);
  }, [showBaseline]);

  const apiHref = (format: "csv" | "json") => `${chart.apiPath}${format === "csv" ? "&format=csv" : ""}`;
  const onData = (format: "csv" | "json") => (e: React.MouseEvent) => {
    e.preventDefault();
    const body =
      format === "csv"
        ? chartCsv(chart, !showBaseline)
        : JSON.stringify(
            {
              title: chart.title,
              subtitle: chart.subtitle,
              licence: chart.licence,
              data: chartRecords(chart, !showBaseline).map((r) => ({ ...r, value: Number(r.value) })),
            },
            null,
            2,
          );
    saveBlob(
      new Blob([body], { type: format === "csv" ? "text/csv;charset=utf-8" : "application/json" }),
      `${chart.fileName}.${format}`,
    );
  };
  const onMetadata = () =>
    saveBlob(
      new Blob([JSON.stringify(chartMetadata(chart, !showBaseline, viewUrl(chart)), null, 2)], {
        type: "application/json",
      }),
      `${chart.fileName}.metadata.json`,
    );
  const onImage = (format: "svg" | "png") => async () => {
    const el = root();
    if (!el) return;
    const { svg, width, height } = exportSvg(el, chart, !showBaseline);
    saveBlob(
      format === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await svgToPng(svg, width, height),
      `${chart.fileName}.${format}`,
    );
  };

  return (
    <div className="chart-controls no-print" ref={ref} data-pagefind-ignore="all">
      {ready && hasBaseline && (
        <label className="chart-toggle">
          <input type="checkbox" checked={showBaseline} onChange={(e) => setShowBaseline(e.target.checked)} />{" "}
          {labels.showBaseline}
        </label>
      )}
      <details className="downloads">
        <summary>{labels.downloads.menu}</summary>
        <ul>
          {ready && (
            <>
              <li>
                <button type="button" onClick={onImage("svg")}>
                  {labels.downloads.svg}
                </button>
              </li>
              <li>
                <button type="button" onClick={onImage("png")}>
                  {labels.downloads.png}
                </button>
              </li>
            </>
          )}
          <li>
            <a href={apiHref("csv")} onClick={onData("csv")} download={`${chart.fileName}.csv`}>
              {labels.downloads.csv}
            </a>
          </li>
          {ready && (
            <li>
              <button type="button" onClick={onMetadata} data-testid="download-metadata">
                {labels.downloads.metadata}
              </button>
            </li>
          )}
          <li>
            <a href={apiHref("json")} onClick={onData("json")} download={`${chart.fileName}.json`}>
              {labels.downloads.json}
            </a>
          </li>
          {regionDataHref && (
            <>
              <li>
                <a href={`${regionDataHref}&format=csv`}>{labels.downloads.allCsv}</a>
              </li>
              <li>
                <a href={regionDataHref}>{labels.downloads.allJson}</a>
              </li>
            </>
          )}
        </ul>
      </details>
    </div>
  );
}

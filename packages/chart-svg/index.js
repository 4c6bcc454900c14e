// Recharts → static SVG markup. Loaded at run time by the server (outside the bundler), so neither
// react-dom/server nor Recharts reaches the browser or the app's server bundle.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const React = require("react");
const { renderToStaticMarkup } = require("react-dom/server");
const {
  LineChart,
  Line,
  XAxis,
  YAxis,
  CartesianGrid,
  ReferenceLine,
  ReferenceArea,
  ReferenceDot,
} = require("recharts");

const h = React.createElement;
const GAP = "__gap";

// Every year of the axis gets a row; the series' own key is null where it has no value (the solid
// line breaks there) and its gap key joins all its observations (drawn lighter and dashed under it).
function rows(spec) {
  const [min, max] = spec.xDomain;
  const out = [];
  for (let year = min; year <= max; year++) {
    const row = { year };
    for (const s of spec.series) {
      const p = s.points.find((q) => q.year === year);
      row[s.id] = p ? p.value : null;
      row[s.id + GAP] = p ? p.value : null;
    }
    out.push(row);
  }
  return out;
}

// Room above the plot for the axis's unit.
function plotTop(spec) {
  return spec.yUnit ? spec.fontSize + 10 : 16;
}

function hasGap(s) {
  return s.points.some((p, i) => i > 0 && p.year - s.points[i - 1].year > 1);
}

function dot(s, spec) {
  return function Dot(d) {
    if (d.value === null || d.value === undefined || d.cx == null || d.cy == null) return h("g", { key: d.key });
    const single = s.points.length === 1;
    const circle = h("circle", {
      key: "c",
      className: "chart-point",
      "data-series": s.id,
      "data-year": d.payload.year,
      "data-value": d.value,
      "data-baseline": s.baseline ? "" : undefined,
      cx: d.cx,
      cy: d.cy,
      r: single ? 5 : 3.5,
      fill: s.colour,
      stroke: "#fff",
      strokeWidth: 1.5,
    });
    // A value sources disagree on carries a dashed ring; the page's legend and table link to the disagreement.
    const ring = s.marked?.includes(d.payload.year)
      ? h("circle", {
          key: "m",
          className: "disagreement-mark",
          "data-series": s.id,
          "data-year": d.payload.year,
          cx: d.cx,
          cy: d.cy,
          r: single ? 9 : 7.5,
          fill: "none",
          stroke: s.colour,
          strokeWidth: 1.5,
          strokeDasharray: "2 2",
        })
      : null;
    if (!single || !s.singleLabel) return h("g", { key: d.key }, circle, ring);
    // A lone observation is a labelled marker; the label goes to the side with more room, and below the marker
    // where it would otherwise share the top row with a band's name (an indexed view starts every line at its top).
    const left = d.cx > spec.width * 0.6;
    const underBand = (spec.bands ?? []).some(
      (b) => d.payload.year >= b.from && d.payload.year <= b.to && d.cy < plotTop(spec) + spec.fontSize * 1.8,
    );
    return h(
      "g",
      { key: d.key },
      circle,
      ring,
      h(
        "text",
        {
          key: "t",
          className: "single-label",
          x: d.cx + (left ? -9 : 9),
          y: underBand ? d.cy + spec.fontSize + 8 : d.cy + 4,
          textAnchor: left ? "end" : "start",
          fontSize: spec.fontSize,
          fill: s.colour,
          stroke: "#fff",
          strokeWidth: 3,
          paintOrder: "stroke",
        },
        s.singleLabel,
      ),
    );
  };
}

export function renderLineChart(spec) {
  const tick = { fontSize: spec.fontSize, fill: "#444" };
  const lines = [];
  for (const s of spec.series) {
    const cls = s.baseline ? "series-line is-baseline" : "series-line";
    if (s.points.length > 1 && hasGap(s))
      lines.push(
        h(Line, {
          key: s.id + GAP,
          className: `${cls} gap-line`,
          dataKey: s.id + GAP,
          stroke: s.colour,
          strokeOpacity: 0.55,
          strokeWidth: s.baseline ? 1.25 : 2,
          strokeDasharray: s.dash ? "1 4" : "4 4",
          connectNulls: true,
          dot: false,
          activeDot: false,
          isAnimationActive: false,
        }),
      );
    lines.push(
      h(Line, {
        key: s.id,
        className: cls,
        dataKey: s.id,
        stroke: s.colour,
        strokeWidth: s.baseline ? 1.5 : 2.5,
        strokeDasharray: s.dash,
        connectNulls: false,
        dot: dot(s, spec),
        activeDot: false,
        isAnimationActive: false,
      }),
    );
  }
  const chart = h(
    LineChart,
    {
      id: spec.id,
      width: spec.width,
      height: spec.height,
      data: rows(spec),
      margin: { top: plotTop(spec), right: 16, bottom: 4, left: 4 },
      title: spec.title,
    },
    h(CartesianGrid, { stroke: "#e5e5e5", vertical: false }),
    h(XAxis, {
      dataKey: "year",
      type: "number",
      domain: spec.xDomain,
      ticks: spec.xTicks,
      interval: 0,
      allowDecimals: false,
      tick,
      tickLine: false,
      padding: { left: 10, right: 10 },
      height: spec.fontSize + 16,
      tickFormatter: (v) => spec.xLabels?.[String(v)] ?? String(v),
    }),
    h(YAxis, {
      type: "number",
      domain: spec.yDomain,
      ticks: spec.yTicks,
      interval: 0,
      allowDataOverflow: false,
      tick,
      tickLine: false,
      axisLine: false,
      width: spec.yAxisWidth,
      tickFormatter: (v) => spec.yLabels[String(v)] ?? String(v),
    }),
    // A period (the campaign) as a light band behind the lines, named at its top.
    ...(spec.bands ?? []).map((b) =>
      h(ReferenceArea, {
        key: `band-${b.from}`,
        className: "chart-band",
        x1: b.from,
        x2: b.to,
        fill: "#f0ebe0",
        fillOpacity: 1,
        stroke: "none",
        ifOverflow: "hidden",
        label: { value: b.label, position: "insideTop", fontSize: spec.fontSize, fill: "#6b5d3f" },
      }),
    ),
    h(ReferenceLine, { y: 0, stroke: "#888", strokeWidth: 1 }),
    // Horizontal reference values (exit thresholds), labelled at the left, where falling lines have already passed:
    // the highest above its line, the lowest below its own, so two close lines never stack their labels (recharts'
    // "insideBottom" of a line is the side above it).
    ...(spec.rules ?? []).map((r, i, all) =>
      h(ReferenceLine, {
        key: `rule-${r.value}`,
        className: "chart-rule",
        y: r.value,
        stroke: "#6b5d3f",
        strokeDasharray: "5 3",
        ifOverflow: "extendDomain",
        label: {
          value: r.label,
          position:
            all.length > 1 && r.value === Math.min(...all.map((a) => a.value)) ? "insideTopLeft" : "insideBottomLeft",
          fontSize: spec.fontSize,
          fill: "#6b5d3f",
        },
      }),
    ),
    // A vertical line at an aligned view's year 0 (a region's start or exit), named beside it.
    ...(spec.xRules ?? []).map((r) =>
      h(ReferenceLine, {
        key: `xrule-${r.x}`,
        className: "chart-xrule",
        x: r.x,
        stroke: "#444",
        strokeWidth: 1.5,
        label: {
          value: r.label,
          // recharts' "insideTopRight" of a vertical line is its left side.
          position: r.side === "left" ? "insideTopRight" : "insideTopLeft",
          fontSize: spec.fontSize,
          fill: "#333",
        },
      }),
    ),
    ...spec.events.map((e) =>
      h(ReferenceLine, {
        key: `ev-${e.year}-${e.mark}`,
        x: e.year,
        stroke: "#999",
        strokeDasharray: "2 3",
        label: { value: e.mark, position: "insideTopRight", fontSize: spec.fontSize, fill: "#555" },
      }),
    ),
    ...lines,
    // Milestones on a series' own line (aligned views): a hollow ring with its number beside it.
    ...(spec.marks ?? []).map((m, i) =>
      h(ReferenceDot, {
        key: `mark-${i}`,
        className: "chart-milestone",
        x: m.x,
        y: m.y,
        r: 6,
        fill: "#fff",
        stroke: m.colour,
        strokeWidth: 2,
        ifOverflow: "extendDomain",
        label: { value: m.mark, position: m.position ?? "top", fontSize: spec.fontSize, fill: m.colour },
      }),
    ),
  );
  // The value axis names its unit above its top tick, as data sites do (the ticks carry "%" themselves).
  const unit = spec.yUnit
    ? `<text class="axis-unit" x="4" y="${spec.fontSize}" font-size="${spec.fontSize}" fill="#444">${escapeXml(spec.yUnit)}</text>`
    : "";
  return tidy(renderToStaticMarkup(chart)).replace(/<\/svg>$/, `${unit}</svg>`);
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Keeps only the <svg>, sized by CSS through its viewBox, with coordinates at 0.01 px.
function tidy(html) {
  const svg = html.slice(html.indexOf("<svg"), html.lastIndexOf("</svg>") + 6);
  return (
    svg
      .replace(
        /^<svg([^>]*?) width="\d+" height="\d+" style="[^"]*"/,
        '<svg$1 aria-hidden="true" focusable="false" data-pagefind-ignore="all"',
      )
      .replace(/<desc><\/desc>/, "")
      .replace(/<g><\/g>/g, "")
      // Geometry at 0.01 px; data-value and labels are left exactly as given.
      .replace(
        / (cx|cy|x|y|x1|x2|y1|y2|d)="([^"]*)"/g,
        (_, k, v) => ` ${k}="${v.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(2))))}"`,
      )
      // Recharts copies layout props onto lines, paths and labels, where SVG ignores them.
      .replace(/<(line|path|text)\b[^>]*>/g, (tag) =>
        tag
          .replace(/ (orientation|width|height|offset)="[^"]*"/g, "")
          .replace(/^<(line|path)([^>]*)>/, (t, name, rest) => `<${name}${rest.replace(/ (x|y)="[^"]*"/g, "")}>`),
      )
  );
}

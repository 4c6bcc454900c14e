import type { ClientChart } from "@/lib/charts/types";

// Browser-side file downloads for charts; nothing here runs on the server.
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

// Rough line breaking: CJK characters are about 1 em wide, Latin about 0.55 em.
function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  let w = 0;
  for (const ch of text) {
    const cw = /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.56;
    if (w + cw > width && line) {
      const cut = /[\u3000-\u9fff]/.test(ch) ? -1 : line.lastIndexOf(" ");
      if (cut > 0) {
        lines.push(line.slice(0, cut));
        line = line.slice(cut + 1);
      } else {
        lines.push(line);
        line = "";
      }
      w = [...line].reduce((s, c) => s + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? size : size * 0.56), 0);
    }
    line += ch;
    w += cw;
  }
  if (line) lines.push(line);
  return lines;
}

function text(
  doc: Document,
  x: number,
  y: number,
  content: string,
  size: number,
  attrs: Record<string, string> = {},
): SVGTextElement {
  const t = doc.createElementNS(NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("font-size", String(size));
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
  t.textContent = content;
  return t;
}

// A standalone SVG a researcher can paste into a paper: title, subtitle, the chart, legend, source
// line, page URL and licence. Drawn from the widest server drawing, whatever the screen shows.
export function exportSvg(
  root: HTMLElement,
  chart: ClientChart,
  hideBaseline: boolean,
): { svg: string; width: number; height: number } {
  const variants = [...root.querySelectorAll<HTMLElement>(".chart-variant")];
  const source = variants.at(-1)!.querySelector("svg")!;
  const vb = source.viewBox.baseVal;
  const pad = 20;
  const width = vb.width + pad * 2;
  const inner = width - pad * 2;
  const out = document.createElementNS(NS, "svg");
  out.setAttribute("xmlns", NS);
  out.setAttribute("font-family", FONT);
  const bg = document.createElementNS(NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#fff");
  out.append(bg);
  const title = document.createElementNS(NS, "title");
  title.textContent = chart.title;
  out.append(title);
  let y = pad;
  for (const line of wrap(chart.title, inner, 20))
    out.append(text(document, pad, (y += 22), line, 20, { "font-weight": "700", fill: "#1d1d1f" }));
  y += 4;
  for (const line of wrap(chart.subtitle, inner, 13))
    out.append(text(document, pad, (y += 17), line, 13, { fill: "#5b5b60" }));
  y += 10;
  const plot = source.cloneNode(true) as SVGSVGElement;
  plot.removeAttribute("aria-hidden");
  plot.removeAttribute("data-pagefind-ignore");
  plot.querySelectorAll(".chart-mark, title").forEach((n) => n.remove());
  if (hideBaseline) plot.querySelectorAll(".is-baseline, [data-baseline]").forEach((n) => n.remove());
  plot.setAttribute("x", String(pad));
  plot.setAttribute("y", String(y));
  plot.setAttribute("width", String(vb.width));
  plot.setAttribute("height", String(vb.height));
  out.append(plot);
  y += vb.height + 8;
  for (const s of chart.series) {
    if (hideBaseline && s.baseline) continue;
    y += 18;
    if (s.points.length > 1) {
      const l = document.createElementNS(NS, "line");
      Object.entries({
        x1: pad,
        x2: pad + 26,
        y1: y - 4,
        y2: y - 4,
        stroke: s.colour,
        "stroke-width": 2.5,
        ...(s.dashed ? { "stroke-dasharray": "6 4" } : {}),
      }).forEach(([k, v]) => l.setAttribute(k, String(v)));
      out.append(l);
    }
    const c = document.createElementNS(NS, "circle");
    Object.entries({ cx: pad + 13, cy: y - 4, r: s.points.length > 1 ? 3.5 : 5, fill: s.colour }).forEach(([k, v]) =>
      c.setAttribute(k, String(v)),
    );
    out.append(c, text(document, pad + 34, y, `${s.label} — ${s.basisName}`, 13, { fill: "#1d1d1f" }));
  }
  if (chart.gapLegend) {
    y += 18;
    const l = document.createElementNS(NS, "line");
    Object.entries({
      x1: pad,
      x2: pad + 26,
      y1: y - 4,
      y2: y - 4,
      stroke: "#555",
      "stroke-opacity": 0.55,
      "stroke-width": 2,
      "stroke-dasharray": "4 4",
    }).forEach(([k, v]) => l.setAttribute(k, String(v)));
    out.append(l, text(document, pad + 34, y, chart.gapLegend, 13, { fill: "#1d1d1f" }));
  }
  y += 10;
  for (const line of wrap(chart.sourceLine, inner, 12))
    out.append(text(document, pad, (y += 16), line, 12, { fill: "#5b5b60" }));
  // The page's canonical address with the view's own query (compare's regions and indicator), so the URL reproduces it.
  for (const line of wrap(`${viewUrl(chart)} · ${chart.licence}`, inner, 12))
    out.append(text(document, pad, (y += 16), line, 12, { fill: "#5b5b60" }));
  const height = Math.ceil(y + pad);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height));
  out.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`,
    width,
    height,
  };
}

export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("could not render the SVG"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

// The page's canonical address with the view's own query (compare's regions, indicator and view) and the chart's
// anchor, so the URL reproduces what was downloaded.
export function viewUrl(chart: ClientChart): string {
  const page = new URL(
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split("#")[0]!,
  );
  page.search = location.search;
  return `${page.href.replace(/%2C/gi, ",")}#${chart.id}`;
}

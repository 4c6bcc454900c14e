import type { ClientChart } from "@/lib/charts/types";

// Tooltips, keyboard and touch for a server-drawn chart. The pointer is mapped into the visible
// drawing through getScreenCTM(), so the nearest marker is found at any drawn width or zoom.
type Labels = { basis: string; source: string; disputed: string };

const MOUSE_MARGIN = 25;
const TOUCH_MARGIN = 44;

export function attachChart(root: HTMLElement, chart: ClientChart, labels: Labels): () => void {
  const frame = root.querySelector<HTMLElement>(".chart-frame")!;
  const tip = document.createElement("div");
  tip.className = "chart-tooltip";
  tip.dataset.testid = "chart-tooltip";
  tip.setAttribute("role", "status");
  tip.hidden = true;
  root.append(tip);
  let current: { year: number; series?: string } | null = null;
  let pinned = false;
  let lastPointer = "mouse";

  const svg = (): SVGSVGElement | null => {
    for (const v of frame.querySelectorAll<HTMLElement>(".chart-variant"))
      if (v.offsetWidth > 0) return v.querySelector("svg");
    return null;
  };
  const hideBaseline = () => root.classList.contains("hide-baseline");
  const markers = (s: SVGSVGElement) =>
    [...s.querySelectorAll<SVGCircleElement>("circle.chart-point")].filter(
      (c) => !(hideBaseline() && c.hasAttribute("data-baseline")),
    );
  const years = () => {
    const s = svg();
    return s ? [...new Set(markers(s).map((c) => Number(c.dataset.year)))].sort((a, b) => a - b) : [];
  };

  // The marker nearest the pointer by year (as OWID does), then by value; null beyond the hit margin.
  const nearest = (clientX: number, clientY: number, margin: number): SVGCircleElement | null => {
    const s = svg();
    const ctm = s?.getScreenCTM();
    if (!s || !ctm) return null;
    const pt = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    let best: SVGCircleElement | null = null;
    let bestDx = Infinity;
    let bestDy = Infinity;
    for (const c of markers(s)) {
      const dx = Math.abs(c.cx.baseVal.value - pt.x);
      const dy = Math.abs(c.cy.baseVal.value - pt.y);
      if (dx < bestDx - 0.01 || (Math.abs(dx - bestDx) <= 0.01 && dy < bestDy)) [best, bestDx, bestDy] = [c, dx, dy];
    }
    return best && bestDx * ctm.a <= margin ? best : null;
  };

  const clearMarks = () => frame.querySelectorAll(".chart-mark").forEach((m) => m.remove());

  const hide = () => {
    current = null;
    pinned = false;
    tip.hidden = true;
    clearMarks();
  };

  const show = (year: number, seriesId?: string) => {
    const s = svg();
    if (!s) return;
    const atYear = markers(s).filter((c) => Number(c.dataset.year) === year);
    if (!atYear.length) return hide();
    current = { year, series: seriesId };
    clearMarks();
    const ns = "http://www.w3.org/2000/svg";
    const g = document.createElementNS(ns, "g");
    g.setAttribute("class", "chart-mark");
    g.setAttribute("pointer-events", "none");
    for (const c of atYear) {
      const ring = document.createElementNS(ns, "circle");
      ring.setAttribute("cx", String(c.cx.baseVal.value));
      ring.setAttribute("cy", String(c.cy.baseVal.value));
      ring.setAttribute("r", "7.5");
      ring.setAttribute("fill", "none");
      ring.setAttribute("stroke", "#1d1d1f");
      ring.setAttribute("stroke-width", c.dataset.series === seriesId ? "3" : "1.5");
      g.append(ring);
    }
    s.append(g);

    tip.replaceChildren();
    tip.dataset.year = String(year);
    const head = document.createElement("strong");
    // The marker's x: a year, or on an aligned chart the years from each region's milestone.
    const anyPoint = chart.series.flatMap((x) => x.points).find((x) => x.x === year);
    head.textContent = chart.xLabel ? `${chart.xLabel}${chart.colon}${anyPoint?.xText ?? year}` : String(year);
    const list = document.createElement("ul");
    for (const series of chart.series) {
      if (series.baseline && hideBaseline()) continue;
      const p = series.points.find((x) => x.x === year);
      if (!p) continue;
      const li = document.createElement("li");
      li.dataset.series = series.id;
      li.dataset.value = String(p.value);
      const sw = document.createElement("span");
      sw.className = "tip-swatch";
      sw.style.background = series.colour;
      const b = document.createElement("b");
      b.textContent = p.text;
      const small = document.createElement("small");
      small.textContent = `${labels.basis}${chart.colon}${series.basisName} · ${labels.source}${chart.colon}${p.sourceLabel}`;
      li.append(sw, `${series.label}${chart.colon}`, b, document.createElement("br"), small);
      // What the table and key facts say too: a year inferred, a value sources disagree on.
      for (const extra of [p.yearInferredText, p.disagreement ? `† ${labels.disputed}` : null])
        if (extra) {
          const note = document.createElement("small");
          note.className = "tip-note";
          note.textContent = extra;
          li.append(document.createElement("br"), note);
        }
      list.append(li);
    }
    tip.append(head, list);
    tip.hidden = false;
    place(atYear.find((c) => c.dataset.series === seriesId) ?? atYear[0]!);
  };

  // Beside the point if there is room, else above or below it; always inside the viewport. On touch
  // it is a sheet along the bottom of the screen (as OWID does), so the finger and chart stay clear.
  const place = (anchor: SVGCircleElement) => {
    tip.classList.toggle("as-sheet", pinned && lastPointer !== "mouse" && window.innerWidth < 640);
    if (tip.classList.contains("as-sheet")) {
      tip.style.left = "";
      tip.style.top = "";
      return;
    }
    const r = anchor.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const { innerWidth: W, innerHeight: H } = window;
    const vw = document.documentElement.clientWidth || W;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const gap = 14;
    let left = x + gap;
    let top = y - h / 2;
    if (left + w > vw - 8) left = x - gap - w;
    if (left < 8) {
      left = x - w / 2;
      top = y - gap - h >= 8 ? y - gap - h : y + gap;
    }
    left = Math.min(Math.max(8, left), vw - w - 8);
    top = Math.min(Math.max(8, top), H - h - 8);
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${Math.max(0, top)}px`;
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType !== "mouse" || pinned) return;
    const c = nearest(e.clientX, e.clientY, MOUSE_MARGIN);
    if (!c) return hide();
    const year = Number(c.dataset.year);
    if (current?.year !== year || current.series !== c.dataset.series) show(year, c.dataset.series);
  };
  const onLeave = (e: PointerEvent) => {
    if (e.pointerType === "mouse" && !pinned) hide();
  };
  const onDown = (e: PointerEvent) => {
    lastPointer = e.pointerType;
  };
  // A tap pins the tooltip; a tap elsewhere closes it.
  const onClick = (e: MouseEvent) => {
    if (lastPointer === "mouse") return;
    const c = nearest(e.clientX, e.clientY, TOUCH_MARGIN);
    if (!c) return hide();
    pinned = true;
    show(Number(c.dataset.year), c.dataset.series);
  };
  const onDocClick = (e: MouseEvent) => {
    if (pinned && !frame.contains(e.target as Node) && !tip.contains(e.target as Node)) hide();
  };
  const onKey = (e: KeyboardEvent) => {
    const ys = years();
    if (!ys.length) return;
    const i = current ? ys.indexOf(current.year) : -1;
    let next: number | undefined;
    if (e.key === "ArrowRight") next = ys[i < 0 ? 0 : Math.min(ys.length - 1, i + 1)];
    else if (e.key === "ArrowLeft") next = ys[i < 0 ? ys.length - 1 : Math.max(0, i - 1)];
    else if (e.key === "Home") next = ys[0];
    else if (e.key === "End") next = ys.at(-1);
    else if (e.key === "Escape") return hide();
    else return;
    e.preventDefault();
    show(next!);
  };
  const onBlur = () => {
    if (!pinned) hide();
  };
  const onViewport = () => {
    if (current) show(current.year, current.series);
  };

  // One signal removes every listener when the chart unmounts.
  const off = new AbortController();
  const signal = off.signal;
  frame.addEventListener("pointermove", onMove, { signal });
  frame.addEventListener("pointerleave", onLeave, { signal });
  frame.addEventListener("pointerdown", onDown, { signal });
  frame.addEventListener("click", onClick, { signal });
  frame.addEventListener("keydown", onKey, { signal });
  frame.addEventListener("blur", onBlur, { signal });
  document.addEventListener("click", onDocClick, { capture: true, signal });
  window.addEventListener("resize", onViewport, { signal });
  window.addEventListener("scroll", onViewport, { passive: true, signal });
  return () => {
    off.abort();
    hide();
    tip.remove();
  };
}

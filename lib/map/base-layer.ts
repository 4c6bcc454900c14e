import "server-only";
import { createHash } from "node:crypto";
import { getChinaMapGeometry } from "./geo";

// The map's land and province borders: the same on every page that shows the map and decorative (the case regions
// are drawn over it, linked and labelled, in the page's own SVG). It is served once as a file whose name carries a
// hash of its content, so a browser or CDN keeps it for good and the page's HTML and React payload do not carry
// ~60 KB of outlines twice each.
const BASE_LAYER_COLORS = { land: "#e4e2da", border: "#fff", inset: "#9a9a94" };

export type BaseLayer = { file: string; svg: string; width: number; height: number };
let cached: BaseLayer | undefined;

export function chinaBaseLayer(): BaseLayer {
  if (cached) return cached;
  const geo = getChinaMapGeometry();
  const { land, border, inset } = BASE_LAYER_COLORS;
  const paths = geo.provinces.map((p) => `<path d="${p.d}"/>`).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geo.width} ${geo.height}" width="${geo.width}" height="${geo.height}">` +
    `<g fill="${land}" stroke="${border}" stroke-width="0.6" stroke-linejoin="round">${paths}` +
    `<path d="${geo.inset}" stroke="${inset}" stroke-width="0.8"/></g></svg>`;
  const hash = createHash("sha256").update(svg).digest("hex").slice(0, 12);
  return (cached = { file: `china-base-${hash}.svg`, svg, width: geo.width, height: geo.height });
}

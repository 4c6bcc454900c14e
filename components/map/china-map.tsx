import { useId } from "react";
import { LANG_TAG, type Locale } from "@/lib/i18n/routing";
import { chinaBaseLayer } from "@/lib/map/base-layer";
import { getChinaMapGeometry, type ChinaMapGeometry, type MapShape, type Point } from "@/lib/map/geo";
import type { MapMarker } from "@/lib/map/markers";
import type { Level } from "@/lib/themes";

type Props = { locale: Locale; markers: MapMarker[]; title: string };
type Placed = MapMarker & { anchor: Point; shape: MapShape | null; dot: boolean; extent: [Point, Point] };

const FONT = 14;
const LINE = 20;
const DOT = 4.5;
const COLORS = {
  province: "#f3c1bd",
  prefecture: "#d9706a",
  accent: "#a4161a",
};
const DESC = {
  zh: (list: string) =>
    `地图标出以下案例地区：${list}。省级案例以省界表示，州市级案例以州市界表示；地图数据没有县界，县级案例以所在州市的中心点近似标出。`,
  en: (list: string) =>
    `The map marks these case regions: ${list}. Province cases are shown by the province's outline and prefecture cases by the prefecture's; the map data has no county outlines, so county cases are marked by a dot at the centre of their prefecture.`,
};

// Where a marker goes: its own outline if loaded (prefectures: Hubei and Hunan only, see lib/map/geo.ts), else its province's.
function place(marker: MapMarker, geo: ChinaMapGeometry): Placed {
  const provinceCode = marker.level === "province" ? (marker.adcode ?? marker.provinceAdcode) : marker.provinceAdcode;
  const province = geo.provinces.find((p) => p.adcode === provinceCode);
  const prefecture = geo.prefectures.get(
    (marker.level === "prefecture" ? marker.adcode : marker.prefectureAdcode) ?? "",
  );
  const area = (shape: MapShape): Placed => ({
    ...marker,
    anchor: shape.centroid,
    shape,
    dot: false,
    extent: shape.bounds,
  });
  const dot = (anchor: Point): Placed => ({ ...marker, anchor, shape: null, dot: true, extent: [anchor, anchor] });
  if (marker.level === "country") return dot(geo.countryCentroid);
  // China-geojson has no county outlines: a county is a dot at the centroid of its prefecture (lichuan → enshi, zhuxi → shiyan).
  if (marker.level === "county" && (prefecture ?? province)) return dot((prefecture ?? province)!.centroid);
  if (marker.level === "prefecture" && prefecture) return area(prefecture);
  if (province) return area(province);
  throw new Error(
    `ChinaMap: no outline for "${marker.slug}" (level ${marker.level}, adcode ${marker.adcode}, province ${marker.provinceAdcode})`,
  );
}

const textWidth = (label: string) =>
  [...label].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? FONT : FONT * 0.56), 0);

// Labels go in one column beside the marked areas (west of them if they fit), spread so they never overlap.
function layoutLabels(placed: Placed[], width: number, height: number) {
  const left = Math.min(...placed.map((p) => p.extent[0][0])) - 16;
  const right = Math.max(...placed.map((p) => p.extent[1][0])) + 16;
  const widest = Math.max(...placed.map((p) => textWidth(p.label)));
  const side = left - widest >= 4 || right + widest > width ? "left" : "right";
  const order = [...placed].sort((a, b) => a.anchor[1] - b.anchor[1]);
  const ys: number[] = [];
  order.forEach((p, i) => ys.push(Math.max(p.anchor[1], i > 0 ? ys[i - 1]! + LINE : -Infinity)));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  let shift = mean(order.map((p) => p.anchor[1])) - mean(ys);
  shift = Math.min(Math.max(shift, FONT - ys[0]!), height - 4 - ys.at(-1)!);
  return new Map(order.map((p, i) => [p.slug, { x: side === "left" ? left : right, y: ys[i]! + shift, side }]));
}

const RANK: Record<Level, number> = { province: 0, group: 0, prefecture: 1, county: 2, country: 2 };
const r1 = (n: number) => Math.round(n * 10) / 10;

/** China with each case's region highlighted and linked; all SVG, rendered on the server. */
export function ChinaMap({ locale, markers, title }: Props) {
  const id = useId();
  const geo = getChinaMapGeometry();
  const base = chinaBaseLayer();
  const placed = markers
    .map((m) => place(m, geo))
    .sort((a, b) => RANK[a.level] - RANK[b.level] || a.anchor[1] - b.anchor[1]);
  const labels = layoutLabels(placed, geo.width, geo.height);
  const list = new Intl.ListFormat(LANG_TAG[locale], { type: "conjunction" }).format(markers.map((m) => m.label));
  const drawn = new Set<string>();
  const number = new Map(placed.map((m, i) => [m.slug, i + 1]));
  return (
    <>
      <svg
        className="china-map"
        viewBox={`0 0 ${geo.width} ${geo.height}`}
        width="100%"
        style={{ maxWidth: geo.width, height: "auto" }}
        aria-labelledby={`${id}-title ${id}-desc`}
        fontSize={FONT}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{DESC[locale](list)}</desc>
        <style>{`.china-map a:hover text,.china-map a:focus-visible text{text-decoration:underline}.china-map a:hover path,.china-map a:focus-visible path{stroke-width:2}`}</style>
        {/* Land and borders, the same on every page: one cached file instead of ~60 KB in each page and its payload. */}
        <image href={`/map/${base.file}`} width={base.width} height={base.height} aria-hidden="true" />
        {placed.map((m) => {
          const label = labels.get(m.slug)!;
          const shape = m.shape && !drawn.has(m.shape.adcode) ? (drawn.add(m.shape.adcode), m.shape) : null;
          return (
            <a key={m.slug} href={m.href} aria-label={m.label}>
              <title>{m.label}</title>
              {shape ? (
                <path
                  d={shape.d}
                  fill={m.level === "prefecture" ? COLORS.prefecture : COLORS.province}
                  stroke={COLORS.accent}
                  strokeWidth={1}
                  strokeLinejoin="round"
                />
              ) : null}
              {m.dot ? (
                <circle
                  cx={m.anchor[0]}
                  cy={m.anchor[1]}
                  r={DOT}
                  fill={COLORS.accent}
                  stroke="#fff"
                  strokeWidth={1.5}
                />
              ) : null}
              {/* On phones the map is drawn small: a number (about 13 CSS px) replaces the name, keyed below. */}
              <text
                className="map-num"
                x={label.x}
                y={r1(label.y)}
                dy="0.35em"
                textAnchor={label.side === "left" ? "end" : "start"}
                fontSize={34}
                fontWeight={700}
                fill={COLORS.accent}
                stroke="#fff"
                strokeWidth={4}
                paintOrder="stroke"
              >
                {number.get(m.slug)}
              </text>
              <text
                className="map-label"
                x={label.x}
                y={r1(label.y)}
                dy="0.35em"
                textAnchor={label.side === "left" ? "end" : "start"}
                fill={COLORS.accent}
                stroke="#fff"
                strokeWidth={3}
                paintOrder="stroke"
              >
                {m.label}
              </text>
            </a>
          );
        })}
        <g aria-hidden="true" stroke={COLORS.accent} strokeWidth={0.8} pointerEvents="none">
          {placed.map((m) => {
            const label = labels.get(m.slug)!;
            const end: Point = [label.x + (label.side === "left" ? 3 : -3), label.y];
            const [dx, dy] = [end[0] - m.anchor[0], end[1] - m.anchor[1]];
            const start = m.dot
              ? [m.anchor[0] + (dx * DOT) / Math.hypot(dx, dy), m.anchor[1] + (dy * DOT) / Math.hypot(dx, dy)]
              : m.anchor;
            return <line key={m.slug} x1={r1(start[0]!)} y1={r1(start[1]!)} x2={r1(end[0])} y2={r1(end[1])} />;
          })}
        </g>
      </svg>
      <ol className="map-key">
        {placed.map((m) => (
          <li key={m.slug} value={number.get(m.slug)}>
            <a href={m.href}>{m.label}</a>
          </li>
        ))}
      </ol>
    </>
  );
}

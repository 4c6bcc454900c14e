import "server-only";
import { geoArea, geoConicEqualArea, geoIdentity, geoPath, type GeoStream } from "d3-geo";
// china-geojson@1.0.0 ships no county features: china.json has 34 provinces keyed by properties.id ("42"), Hong Kong/Macau by feature.id (81, 82) and a "南海诸岛" inset drawn at 132–140°E; each <province>_geo.json has prefectures keyed by feature.id ("4228", or six digits for 省直辖 units), names as of ~2009 (襄樊市).
import chinaJson from "china-geojson/src/geojson/china.json";
import hubeiJson from "china-geojson/src/geojson/hu_bei_geo.json";
import hunanJson from "china-geojson/src/geojson/hu_nan_geo.json";

type Ring = number[][];
type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
type RawFeature = { id?: string | number; properties: { id?: string; name: string }; geometry: Geometry };
type RawCollection = { features: RawFeature[] };

export type Point = [number, number];
export type MapShape = { adcode: string; name: string; d: string; centroid: Point; bounds: [Point, Point] };
export type ChinaMapGeometry = {
  width: number;
  height: number;
  provinces: MapShape[];
  /** The South China Sea islands inset, as drawn by the package (outlines only). */
  inset: string;
  /** Where a country-level marker points: the centroid of the provinces taken together. */
  countryCentroid: Point;
  prefectures: Map<string, MapShape>;
};

const MAP_WIDTH = 800;
const PADDING = 8;
// Outlines are simplified to within this many viewBox units, then coordinates are rounded to 1 decimal.
const TOLERANCE = 0.6;
// The South China Sea inset sits in the empty corner south-east of Taiwan; this much of it hangs below the mainland.
const INSET_WIDTH = 80;
const INSET_BELOW = 16;

const ringArea = (ring: Ring) => geoArea({ type: "Polygon", coordinates: [ring] });

// d3-geo wants exterior rings clockwise (spherical area < 2π) and holes the other way. The package mostly follows
// that, but one ring of the inset is reversed and holes are wound like exteriors, so fix each ring by its area.
function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => (ringArea(ring) > 2 * Math.PI === (i === 0) ? [...ring].reverse() : ring));
}

export function rewind(geometry: Geometry): Geometry {
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: rewindPolygon(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(rewindPolygon) };
}

// Distance from p to the segment a–b (to a itself when a and b coincide, as at the ends of a closed ring).
function offset([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

// Douglas–Peucker in viewBox units.
function simplifyLine(line: Point[], tolerance: number): Point[] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = offset(line[i]!, line[first]!, line[last]!);
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

// A stream stage between projection and path: simplifies each line or ring, and drops those smaller than the tolerance.
function simplify(tolerance: number) {
  return (sink: GeoStream): GeoStream => {
    let line: Point[] = [];
    return {
      point: (x, y) => void line.push([x, y]),
      lineStart: () => void (line = []),
      lineEnd() {
        const kept = simplifyLine(line, tolerance);
        if (kept.every((p) => offset(p, kept[0]!, kept[0]!) <= tolerance)) return;
        sink.lineStart();
        for (const [x, y] of kept) sink.point(x, y);
        sink.lineEnd();
      },
      polygonStart: () => sink.polygonStart(),
      polygonEnd: () => sink.polygonEnd(),
      sphere: () => sink.sphere?.(),
    };
  };
}

const toFeature = (geometry: Geometry) => ({ type: "Feature" as const, properties: {}, geometry });

function build(): ChinaMapGeometry {
  const china = (chinaJson as unknown as RawCollection).features.map((f) => ({ ...f, geometry: rewind(f.geometry) }));
  const isInset = (f: RawFeature) => f.properties.name === "南海诸岛";
  const mainland = china.filter((f) => !isInset(f));
  const mainlandCollection = {
    type: "FeatureCollection" as const,
    features: mainland.map((f) => toFeature(f.geometry)),
  };

  // An equal-area conic with the standard parallels used for maps of China, fitted to the width.
  const projection = geoConicEqualArea()
    .rotate([-105, 0])
    .parallels([25, 47])
    .fitWidth(MAP_WIDTH - 2 * PADDING, mainlandCollection);
  projection.translate([projection.translate()[0] + PADDING, projection.translate()[1] + PADDING]);
  const bottom = geoPath(projection).bounds(mainlandCollection)[1][1];
  const height = Math.ceil(bottom + INSET_BELOW + PADDING);

  const sink = simplify(TOLERANCE);
  const path = geoPath({ stream: (s: GeoStream) => projection.stream(sink(s)) }).digits(1);
  const round = ([x, y]: Point): Point => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  const shape = (adcode: string, name: string, geometry: Geometry): MapShape => {
    const feature = toFeature(geometry);
    const [min, max] = path.bounds(feature) as [Point, Point];
    return {
      adcode,
      name,
      d: path(feature) ?? "",
      centroid: round(path.centroid(feature) as Point),
      bounds: [round(min), round(max)],
    };
  };

  const provinceCode = (f: RawFeature) => `${f.properties.id || f.id}0000`;
  const provinces = mainland.map((f) => shape(provinceCode(f), f.properties.name, f.geometry));
  const countryCentroid = round(path.centroid(mainlandCollection) as Point);

  // The inset is drawn in the package as plain lon/lat boxes east of Taiwan; keep it flat, in the bottom-right corner.
  const insetFeatures = {
    type: "FeatureCollection" as const,
    features: china.filter(isInset).map((f) => toFeature(f.geometry)),
  };
  const flat = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [0, 0],
        [INSET_WIDTH, 10 * INSET_WIDTH],
      ],
      insetFeatures,
    );
  const [[ix0], [, iy1]] = geoPath(flat).bounds(insetFeatures);
  const [fx, fy] = flat.translate();
  flat.translate([fx - ix0 + MAP_WIDTH - PADDING - INSET_WIDTH, fy - iy1 + height - PADDING]);
  const inset = geoPath({ stream: (s: GeoStream) => flat.stream(sink(s)) }).digits(1)(insetFeatures) ?? "";

  const prefectures = new Map<string, MapShape>();
  for (const collection of [hubeiJson, hunanJson] as unknown as RawCollection[]) {
    for (const f of collection.features) {
      const adcode = String(f.id).padEnd(6, "0");
      prefectures.set(adcode, shape(adcode, f.properties.name, rewind(f.geometry)));
    }
  }
  return { width: MAP_WIDTH, height, provinces, inset, countryCentroid, prefectures };
}

let cached: ChinaMapGeometry | undefined;

/** Projected outlines of China, computed once per process. */
export function getChinaMapGeometry(): ChinaMapGeometry {
  return (cached ??= build());
}

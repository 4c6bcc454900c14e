import "server-only";
import { geoArea, geoConicEqualArea, geoPath, type GeoStream } from "d3-geo";
// china-geojson@1.0.0 ships no county features: china.json has 34 provinces keyed by properties.id ("42"), Hong Kong/Macau by feature.id (81, 82) and a "南海诸岛" inset drawn at 132–140°E; each <province>_geo.json has prefectures keyed by feature.id ("4228", or six digits for 省直辖 units), names as of ~2009 (襄樊市).
import chinaJson from "china-geojson/src/geojson/china.json";
import hubeiJson from "china-geojson/src/geojson/hu_bei_geo.json";
import hunanJson from "china-geojson/src/geojson/hu_nan_geo.json";

type Ring = number[][];
type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
type RawFeature = { id?: string | number; properties: { id?: string; name: string }; geometry: Geometry };
type RawCollection = { features: RawFeature[] };

export type Point = [number, number];
export type MapShape = { adcode: string; name: string; d: string; centroid: Point };
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

export const MAP_WIDTH = 800;
const PADDING = 8;
// Points closer than this (in viewBox units) to the last one kept are dropped; coordinates are then rounded to 1 decimal.
const TOLERANCE = 0.6;

const ringArea = (ring: Ring) => geoArea({ type: "Polygon", coordinates: [ring] });

// d3-geo wants exterior rings clockwise (spherical area < 2π) and holes the other way. The package mostly follows
// that, but one ring of the inset is reversed and holes are wound like exteriors, so fix each ring by its area.
function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => ((ringArea(ring) > 2 * Math.PI) === (i === 0) ? [...ring].reverse() : ring));
}

export function rewind(geometry: Geometry): Geometry {
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: rewindPolygon(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(rewindPolygon) };
}

// Drops vertices within `tolerance` of the previous kept one, and rings that collapse to a single point.
function simplify(tolerance: number) {
  const tol2 = tolerance * tolerance;
  return (sink: GeoStream): GeoStream => {
    let line: Point[] = [];
    let last: Point | null = null;
    return {
      point(x, y) {
        if (last && (x - last[0]) ** 2 + (y - last[1]) ** 2 < tol2) return;
        last = [x, y];
        line.push(last);
      },
      lineStart() {
        line = [];
        last = null;
      },
      lineEnd() {
        if (line.length < 2) return;
        sink.lineStart();
        for (const [x, y] of line) sink.point(x, y);
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
  const all = { type: "FeatureCollection" as const, features: china.map((f) => toFeature(f.geometry)) };

  // An equal-area conic with the standard parallels used for maps of China.
  const projection = geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]).fitWidth(MAP_WIDTH - 2 * PADDING, all);
  const [[, y0], [, y1]] = geoPath(projection).bounds(all);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PADDING, ty - y0 + PADDING]);
  const height = Math.ceil(y1 - y0 + 2 * PADDING);

  const sink = simplify(TOLERANCE);
  const path = geoPath({ stream: (s: GeoStream) => projection.stream(sink(s)) }).digits(1);
  const round = ([x, y]: Point): Point => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  const shape = (adcode: string, name: string, geometry: Geometry): MapShape => {
    const feature = toFeature(geometry);
    return { adcode, name, d: path(feature) ?? "", centroid: round(path.centroid(feature) as Point) };
  };

  const provinceCode = (f: RawFeature) => `${f.properties.id || f.id}0000`;
  const mainland = china.filter((f) => !isInset(f));
  const provinces = mainland.map((f) => shape(provinceCode(f), f.properties.name, f.geometry));
  const inset = china.filter(isInset).map((f) => path(toFeature(f.geometry)) ?? "").join("");
  const countryCentroid = round(
    path.centroid({ type: "FeatureCollection", features: mainland.map((f) => toFeature(f.geometry)) }) as Point,
  );

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

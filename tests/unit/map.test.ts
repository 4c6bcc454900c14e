import { createHash } from "node:crypto";
import { geoArea } from "d3-geo";
import chinaJson from "china-geojson/src/geojson/china.json";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChinaMap } from "@/components/map/china-map";
import type { MapMarker } from "@/lib/map/markers";
import { chinaBaseLayer } from "@/lib/map/base-layer";
import { getChinaMapGeometry, rewind } from "@/lib/map/geo";

const geo = getChinaMapGeometry();
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
const xs = (d: string) => numbers(d).filter((_, i) => i % 2 === 0);
const ys = (d: string) => numbers(d).filter((_, i) => i % 2 === 1);

const MARKERS: MapMarker[] = [
  {
    slug: "hunan",
    href: "/en/cases/hunan",
    label: "Hunan Province",
    level: "province",
    adcode: "430000",
    provinceAdcode: "430000",
    prefectureAdcode: null,
  },
  {
    slug: "hunan-51-counties",
    href: "/en/cases/hunan#counties",
    label: "Hunan's 51 poor counties",
    level: "group",
    adcode: null,
    provinceAdcode: "430000",
    prefectureAdcode: null,
  },
  {
    slug: "xiangxi",
    href: "/en/cases/xiangxi",
    label: "Xiangxi",
    level: "prefecture",
    adcode: "433100",
    provinceAdcode: "430000",
    prefectureAdcode: "433100",
  },
  {
    slug: "lichuan",
    href: "/en/cases/lichuan",
    label: "Lichuan",
    level: "county",
    adcode: "422802",
    provinceAdcode: "420000",
    prefectureAdcode: "422800",
  },
  {
    slug: "zhuxi",
    href: "/en/cases/zhuxi",
    label: "Zhuxi County",
    level: "county",
    adcode: "420324",
    provinceAdcode: "420000",
    prefectureAdcode: "420300",
  },
];

const render = (markers: MapMarker[], locale: "zh" | "en" = "en") =>
  renderToStaticMarkup(createElement(ChinaMap, { locale, markers, title: "Case regions" }));
const link = (html: string, href: string) => html.match(new RegExp(`<a href="${href}"[^>]*>.*?</a>`))?.[0];

describe("rewind", () => {
  it("winds exterior rings clockwise and holes the other way, as d3-geo expects", () => {
    const square = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const counter = [...square].reverse();
    expect(geoArea({ type: "Polygon", coordinates: [counter] })).toBeGreaterThan(2 * Math.PI);
    const fixed = rewind({ type: "Polygon", coordinates: [counter, counter] });
    expect(geoArea({ type: "Polygon", coordinates: [fixed.coordinates[0] as number[][]] })).toBeLessThan(0.001);
    expect(fixed.coordinates[1]).toEqual(counter.reverse());
  });

  it("fixes the package's features, one of which covers the whole globe as shipped", () => {
    const features = (
      chinaJson as unknown as { features: { properties: { name: string }; geometry: Parameters<typeof rewind>[0] }[] }
    ).features;
    const inverted = features.filter((f) => geoArea(f.geometry) > 2 * Math.PI).map((f) => f.properties.name);
    expect(inverted).toEqual(["南海诸岛"]);
    for (const f of features) expect(geoArea(rewind(f.geometry)), f.properties.name).toBeLessThan(0.05);
  });
});

describe("China map geometry", () => {
  it("has an outline for every province, Hong Kong, Macau and Taiwan, and the prefectures of Hubei and Hunan", () => {
    expect(geo.provinces).toHaveLength(34);
    for (const p of geo.provinces) expect(p.d, p.name).toMatch(/^M[\d.]+,[\d.]+L/);
    for (const code of ["420000", "430000", "650000", "710000", "810000"])
      expect(geo.provinces.some((p) => p.adcode === code)).toBe(true);
    expect(geo.prefectures.get("422800")?.name).toBe("恩施土家族苗族自治州");
    expect(geo.prefectures.get("420300")?.name).toBe("十堰市");
    expect(geo.prefectures.get("433100")?.name).toBe("湘西土家族苗族自治州");
    expect(geo.inset).toMatch(/^M/);
  });

  it("projects inside the viewBox without any shape filling the frame", () => {
    const all = [...geo.provinces.map((p) => p.d), ...[...geo.prefectures.values()].map((p) => p.d), geo.inset].join(
      "",
    );
    expect(Math.min(...xs(all))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs(all))).toBeLessThanOrEqual(geo.width);
    expect(Math.min(...ys(all))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys(all))).toBeLessThanOrEqual(geo.height);
    for (const p of geo.provinces) {
      const [[x0, y0], [x1, y1]] = p.bounds;
      expect((x1 - x0) * (y1 - y0), p.name).toBeLessThan(0.25 * geo.width * geo.height);
    }
  });

  it("puts provinces where they are: Xinjiang west of Hubei, Heilongjiang north of Hainan, Xiangxi inside Hunan", () => {
    const at = (code: string) => geo.provinces.find((p) => p.adcode === code)!.centroid;
    expect(at("650000")[0]).toBeLessThan(at("420000")[0]);
    expect(at("230000")[1]).toBeLessThan(at("460000")[1]);
    const hunan = geo.provinces.find((p) => p.adcode === "430000")!.bounds;
    const [x, y] = geo.prefectures.get("433100")!.centroid;
    expect(x > hunan[0][0] && x < hunan[1][0] && y > hunan[0][1] && y < hunan[1][1]).toBe(true);
  });

  it("rounds coordinates to one decimal", () => {
    expect(geo.provinces.map((p) => p.d).join("")).not.toMatch(/\d\.\d\d/);
  });
});

describe("ChinaMap", () => {
  const html = render(MARKERS);

  it("stays small: the land and borders come from the base layer's file, not from the page", () => {
    console.log(`ChinaMap SVG: ${Buffer.byteLength(html)} bytes`);
    expect(Buffer.byteLength(html)).toBeLessThan(20_000);
    expect(html).toContain(`<image href="/map/${chinaBaseLayer().file}" width="${geo.width}" height="${geo.height}"`);
    // Only the highlighted regions' outlines are drawn in the page: Hunan's and Xiangxi's.
    expect(html.match(/<path /g)).toHaveLength(2);
  });

  it("has a title, a description and no role=img hiding the links", () => {
    expect(html).toMatch(/^<svg[^>]*aria-labelledby="[^"]+"/);
    expect(html).not.toContain('role="img"');
    expect(html).toMatch(
      /<title id="[^"]+">Case regions<\/title><desc id="[^"]+">The map marks these case regions: Hunan Province, Hunan&#x27;s 51 poor counties, Xiangxi, Lichuan(,)? and Zhuxi County\./,
    );
  });

  it("links each marker with its name", () => {
    for (const m of MARKERS) {
      const a = link(html, m.href);
      expect(a, m.slug).toBeDefined();
      const label = m.label.replace("'", "&#x27;");
      expect(a).toContain(`aria-label="${label}"`);
      expect(a).toContain(`<title>${label}</title>`);
      expect(a).toMatch(new RegExp(`<text[^>]*>${label}</text>`));
    }
  });

  it("highlights Hunan's outline, Xiangxi's outline, and dots Lichuan and Zhuxi at their prefecture's centre", () => {
    expect(link(html, "/en/cases/hunan")).toContain(`d="${geo.provinces.find((p) => p.adcode === "430000")!.d}"`);
    expect(link(html, "/en/cases/xiangxi")).toContain(`d="${geo.prefectures.get("433100")!.d}"`);
    const [ex, ey] = geo.prefectures.get("422800")!.centroid;
    const [sx, sy] = geo.prefectures.get("420300")!.centroid;
    expect(link(html, "/en/cases/lichuan")).toContain(`<circle cx="${ex}" cy="${ey}"`);
    expect(link(html, "/en/cases/zhuxi")).toContain(`<circle cx="${sx}" cy="${sy}"`);
    expect(link(html, "/en/cases/hunan#counties")).not.toContain("<path");
  });

  it("writes the description in the page's language", () => {
    const zh = render([{ ...MARKERS[2]!, href: "/zh/cases/xiangxi", label: "湘西土家族苗族自治州" }], "zh");
    expect(zh).toContain("<desc");
    expect(zh).toContain("地图标出以下案例地区：湘西土家族苗族自治州。");
    expect(link(zh, "/zh/cases/xiangxi")).toContain('aria-label="湘西土家族苗族自治州"');
  });

  it("refuses a marker it cannot place", () => {
    expect(() => render([{ ...MARKERS[0]!, slug: "nowhere", adcode: "990000", provinceAdcode: null }])).toThrow(
      /nowhere/,
    );
  });
});

describe("the map's base layer", () => {
  const layer = chinaBaseLayer();

  it("draws every province and the South China Sea inset, in the page map's coordinates", () => {
    expect(layer.svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geo.width} ${geo.height}"`),
    );
    for (const p of geo.provinces) expect(layer.svg, p.adcode).toContain(`<path d="${p.d}"/>`);
    expect(layer.svg).toContain(`<path d="${geo.inset}"`);
  });

  it("is named after a hash of its content, so a cached copy is never stale", () => {
    const hash = createHash("sha256").update(layer.svg).digest("hex").slice(0, 12);
    expect(layer.file).toBe(`china-base-${hash}.svg`);
  });
});

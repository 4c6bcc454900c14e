import "server-only";
import { getCases } from "../content/cases";
import { getRegions } from "../data/queries";
import type { Locale } from "../i18n/routing";
import type { Level } from "../themes";

export type MapMarker = {
  slug: string;
  href: string;
  label: string;
  level: Level;
  adcode: string | null;
  provinceAdcode: string | null;
  prefectureAdcode: string | null;
};

// Up to this many cases each get a marker; beyond it the map shows one marker per province, so labels stay legible.
export const MAP_CASE_LIMIT = 12;

// One marker per case, placed by its region's administrative code and those of its parents; or one per province at scale.
export async function caseMarkers(
  locale: Locale,
  provinceLabel: (province: string, count: number) => string,
): Promise<MapMarker[]> {
  const regions = await getRegions();
  const find = (slug: string | null) => regions.find((r) => r.slug === slug);
  const ancestor = (slug: string, level: string) => {
    for (let r = find(slug); r; r = find(r.parent)) if (r.level === level) return r;
    return undefined;
  };
  const cases = getCases(locale);
  if (cases.length > MAP_CASE_LIMIT) {
    const counts = new Map<string, number>();
    for (const doc of cases) counts.set(doc.province, (counts.get(doc.province) ?? 0) + 1);
    return [...counts].map(([slug, count]) => {
      const province = find(slug)!;
      return {
        slug: `province-${slug}`,
        href: `/${locale}/cases/filter?province=${slug}`,
        label: provinceLabel(province.name[locale], count),
        level: "province",
        adcode: province.adcode,
        provinceAdcode: province.adcode,
        prefectureAdcode: null,
      };
    });
  }
  return cases.map((doc) => {
    const region = find(doc.region)!;
    return {
      slug: doc.slug,
      href: `/${locale}/cases/${doc.slug}`,
      label: region.name[locale],
      level: region.level,
      adcode: region.adcode,
      provinceAdcode: ancestor(doc.region, "province")?.adcode ?? null,
      prefectureAdcode: ancestor(doc.region, "prefecture")?.adcode ?? null,
    };
  });
}

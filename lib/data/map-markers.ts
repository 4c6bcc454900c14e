import "server-only";
import type { MapMarker } from "@/components/map/china-map";
import { getCases } from "../content/cases";
import type { Locale } from "../i18n/routing";
import { getRegions } from "./queries";

// One marker per case, placed by its region's administrative code and those of its parents.
export async function caseMarkers(locale: Locale): Promise<MapMarker[]> {
  const regions = await getRegions();
  const find = (slug: string | null) => regions.find((r) => r.slug === slug);
  const ancestor = (slug: string, level: string) => {
    for (let r = find(slug); r; r = find(r.parent)) if (r.level === level) return r;
    return undefined;
  };
  return getCases(locale).map((doc) => {
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

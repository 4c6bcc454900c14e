import "server-only";
import { getKeyFacts } from "../data/key-facts";
import { seriesFor, type SeriesPoint } from "../data/series";
import { formatValue } from "../format/number";
import type { Locale } from "../i18n/routing";
import type { Level, Theme } from "../themes";
import { getCases, type CaseDoc } from "./cases";

export type CaseCardData = {
  slug: string;
  title: string;
  summary: string;
  updated: string;
  region: string;
  regionName: string;
  province: string;
  provinceName: string;
  level: Level;
  period: { start: number; end: number };
  themes: Theme[];
  incidence: { text: string; drop: number } | null;
  spark: SeriesPoint[];
  sparkLabel: string;
};

// What a case card shows (for the given cases only: lists pass one page's worth): key facts from the database and the incidence series for the sparkline.
export async function getCaseCards(locale: Locale, sparkLabel: (region: string, text: string | null) => string, docs: CaseDoc[] = getCases(locale)): Promise<CaseCardData[]> {
  const cards: CaseCardData[] = [];
  for (const doc of docs) {
    const facts = await getKeyFacts(doc.region, doc.province);
    const { series } = await seriesFor([doc.region], "poverty_incidence", locale);
    const main = [...series].sort((a, b) => b.points.length - a.points.length)[0];
    const inc = facts.incidence;
    const year = (y: number) => (locale === "zh" ? `（${y}年）` : ` (${y})`);
    const text = inc ? `${formatValue(inc.first.value, inc.first.decimals, "percent", locale)}${year(inc.first.year)} → ${formatValue(inc.last.value, inc.last.decimals, "percent", locale)}${year(inc.last.year)}` : null;
    cards.push({
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      updated: doc.updated,
      region: doc.region,
      regionName: facts.region.name[locale],
      province: doc.province,
      provinceName: facts.province?.name[locale] ?? doc.province,
      level: doc.level,
      period: doc.period,
      themes: Object.keys(doc.themes) as Theme[],
      incidence: inc && text ? { text, drop: -inc.change.value } : null,
      spark: main?.points ?? [],
      sparkLabel: sparkLabel(facts.region.name[locale], text),
    });
  }
  return cards;
}

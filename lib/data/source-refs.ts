import { comma, inParens } from "../format/punct";
import { formatPartialDate } from "../format/date";
import type { Locale } from "../i18n/routing";
import type { Source } from "./types";

// A source as a page cites it: its number in the page's list, a short label, its anchor and (in exports) its title.
export type SourceRef = { n: number; label: string; href: string; title?: string };
// A figure a source supports, for the source list: what it is (region, indicator, basis), its year and its text as
// shown (`value`); inText says whether the case text cites it. A key fact with no year has `year` null.
export type SupportedFigure = {
  id: string;
  region: { key: string; name: string };
  indicator: { key: string; name: string };
  basis: { key: string; name: string };
  year: number | null;
  value: string;
  inText: boolean;
};
// A source's figures by region, then indicator (and basis, named only where one indicator has several), by year.
export type SupportGroup = {
  region: SupportedFigure["region"];
  series: { indicator: SupportedFigure["indicator"]; basis: string | null; figures: SupportedFigure[] }[];
};

export function groupSupports(figures: SupportedFigure[]): SupportGroup[] {
  const groups: SupportGroup[] = [];
  for (const f of figures) {
    let g = groups.find((x) => x.region.key === f.region.key);
    if (!g) groups.push((g = { region: f.region, series: [] }));
    const key = `${f.indicator.key}/${f.basis.key}`;
    const s = g.series.find((x) => `${x.indicator.key}/${x.figures[0]!.basis.key}` === key);
    if (s) s.figures.push(f);
    else g.series.push({ indicator: f.indicator, basis: null, figures: [f] });
  }
  for (const g of groups)
    for (const s of g.series) {
      s.figures.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
      if (g.series.filter((x) => x.indicator.key === s.indicator.key).length > 1) s.basis = s.figures[0]!.basis.name;
    }
  return groups;
}

export function sourcePublisher(s: Source, locale: Locale): string {
  return s.publisher?.[locale] ?? "";
}

// What a source's record says it does not know: `null` for an author, publisher or date it leaves empty.
export function sourceRecord(
  s: Source,
  locale: Locale,
): { author: string | null; publisher: string | null; date: string | null } {
  const known = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  return {
    author: known(s.author?.[locale]),
    publisher: known(s.publisher?.[locale]),
    date: s.date ? formatPartialDate(s.date, locale) : null,
  };
}

// Short label for tooltips: publisher and date.
export function sourceShortLabel(s: Source, locale: Locale, undated: string): string {
  return `${sourcePublisher(s, locale)}${comma(locale)}${s.date ? formatPartialDate(s.date, locale) : undated}`;
}

// Numbered references for a page's source list: tooltips and tables show "[n] Publisher, date".
export function sourceRefs(sources: Source[], locale: Locale, undated: string): Record<string, Required<SourceRef>> {
  // title: chart exports name the source itself, not only its number.
  return Object.fromEntries(
    sources.map((s, i) => [
      s.id,
      {
        n: i + 1,
        label: sourceShortLabel(s, locale, undated),
        href: `#source-${s.id}`,
        title: `${locale === "en" && s.titleEn ? s.titleEn : s.title}${inParens(sourceShortLabel(s, locale, undated), locale)}`,
      },
    ]),
  );
}

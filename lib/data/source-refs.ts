import { formatPartialDate } from "../format/date";
import type { Locale } from "../i18n/routing";
import type { Source } from "./types";

// A source as a page cites it: its number in the page's list, a short label, its anchor and (in exports) its title.
export type SourceRef = { n: number; label: string; href: string; title?: string };
// A figure a source supports, for the source list; inText says whether the case text cites it.
export type SupportedFigure = { id: string; label: string; inText: boolean };

export function sourcePublisher(s: Source, locale: Locale): string {
  return s.publisher[locale];
}

// Short label for tooltips: publisher and date.
export function sourceShortLabel(s: Source, locale: Locale, undated: string): string {
  return `${sourcePublisher(s, locale)}, ${s.date ? formatPartialDate(s.date, locale) : undated}`;
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
        title: `${locale === "en" && s.titleEn ? s.titleEn : s.title} (${sourceShortLabel(s, locale, undated)})`,
      },
    ]),
  );
}

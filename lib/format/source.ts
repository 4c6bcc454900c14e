import type { Source } from "../data/types";
import type { AppLocale } from "./number";
import { formatPartialDate } from "./date";

export function sourcePublisher(s: Source, locale: AppLocale): string {
  return s.publisher[locale];
}

// Short label for tooltips: publisher and date.
export function sourceShortLabel(s: Source, locale: AppLocale, undated: string): string {
  return `${sourcePublisher(s, locale)}, ${s.date ? formatPartialDate(s.date, locale) : undated}`;
}

// Numbered references for a page's source list: tooltips and tables show "[n] Publisher, date".
export function sourceRefs(sources: Source[], locale: AppLocale, undated: string): Record<string, { n: number; label: string; href: string; title: string }> {
  // title: chart exports name the source itself, not only its number.
  return Object.fromEntries(sources.map((s, i) => [s.id, { n: i + 1, label: sourceShortLabel(s, locale, undated), href: `#source-${s.id}`, title: `${locale === "en" && s.titleEn ? s.titleEn : s.title} (${sourceShortLabel(s, locale, undated)})` }]));
}

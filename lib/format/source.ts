import type { Source } from "../data/types";
import type { AppLocale } from "./number";
import { formatPartialDate } from "./date";

export function sourcePublisher(s: Source, locale: AppLocale): string {
  return locale === "zh" ? s.publisher : s.publisherEn;
}

// Short label for tooltips: publisher and date.
export function sourceShortLabel(s: Source, locale: AppLocale, undated: string): string {
  return `${sourcePublisher(s, locale)}, ${s.date ? formatPartialDate(s.date, locale) : undated}`;
}

import "server-only";
import { allCases, allGlossaries } from "content-collections";
import type { Locale } from "../i18n/routing";

export type CaseDoc = (typeof allCases)[number];
export type TermDoc = (typeof allGlossaries)[number];

export function getCase(slug: string, locale: Locale): CaseDoc | undefined {
  return allCases.find((c) => c.slug === slug && c.locale === locale);
}

export function getCases(locale: Locale): CaseDoc[] {
  return allCases.filter((c) => c.locale === locale).sort((a, b) => a.slug.localeCompare(b.slug));
}

export function getCaseSlugs(): string[] {
  return [...new Set(allCases.map((c) => c.slug))].sort();
}

export function getTerms(): TermDoc[] {
  return [...allGlossaries].sort((a, b) => a.pinyin.localeCompare(b.pinyin));
}

export function getTerm(id: string): TermDoc | undefined {
  return allGlossaries.find((t) => t.id === id);
}

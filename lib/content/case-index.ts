import "server-only";
import { getKeyFacts } from "../data/key-facts";
import type { Locale } from "../i18n/routing";
import type { CaseQuery } from "../schemas/case-query";
import { getCases, type CaseDoc } from "./cases";

// Cards per page of the case index: the page's size stays the same however many cases there are.
export const CASES_PER_PAGE = 12;

export type CaseIndexPage = { docs: CaseDoc[]; total: number; page: number; pages: number };

async function incidenceDrop(doc: CaseDoc): Promise<number | null> {
  const inc = (await getKeyFacts(doc.region, doc.province)).incidence;
  return inc ? -inc.change.value : null;
}

// Filters, sorts and cuts one page from the index; done on the server so the browser only ever gets one page.
export async function caseIndexPage(locale: Locale, q: CaseQuery): Promise<CaseIndexPage> {
  const matching = getCases(locale).filter(
    (c) =>
      (!q.province || c.province === q.province) &&
      (!q.level || c.level === q.level) &&
      q.theme.every((t) => t in c.themes) &&
      (q.year === undefined || (c.period.start <= q.year && q.year <= c.period.end)) &&
      (!q.term || c.terms.includes(q.term)),
  );
  let sorted: CaseDoc[];
  if (q.sort === "drop") {
    const drops = new Map<string, number | null>();
    for (const c of matching) drops.set(c.slug, await incidenceDrop(c));
    sorted = matching.sort((a, b) => (drops.get(b.slug) ?? -Infinity) - (drops.get(a.slug) ?? -Infinity) || a.title.localeCompare(b.title, locale));
  } else
    sorted = matching.sort((a, b) =>
      q.sort === "start" ? a.period.start - b.period.start || a.title.localeCompare(b.title, locale) : q.sort === "updated" ? b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, locale) : a.title.localeCompare(b.title, locale),
    );
  const pages = Math.max(1, Math.ceil(sorted.length / CASES_PER_PAGE));
  const page = Math.min(q.page, pages);
  return { docs: sorted.slice((page - 1) * CASES_PER_PAGE, page * CASES_PER_PAGE), total: sorted.length, page, pages };
}

// How many pages the unfiltered index has, for prerendering /cases/page/2 … /cases/page/n.
export function indexPageCount(locale: Locale): number {
  return Math.max(1, Math.ceil(getCases(locale).length / CASES_PER_PAGE));
}

// The options the filter form offers: bounded by provinces, levels, themes and years, not by cases.
export function caseFilterOptions(locale: Locale) {
  const cases = getCases(locale);
  return {
    provinces: [...new Set(cases.map((c) => c.province))].sort(),
    levels: [...new Set(cases.map((c) => c.level))],
    themes: [...new Set(cases.flatMap((c) => Object.keys(c.themes)))],
    years: cases.length ? { min: Math.min(...cases.map((c) => c.period.start)), max: Math.max(...cases.map((c) => c.period.end)) } : { min: 2013, max: 2020 },
  };
}

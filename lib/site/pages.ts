import "server-only";
import { getCase, getCaseSlugs, getCases } from "../content/cases";
import { getIndicators } from "../data/queries";
import { routing, type Locale } from "../i18n/routing";

export type PublicPage = { path: string; updated?: string };

// Every public page, as a path after the locale prefix ("" is the home page). The sitemap and the tests share it;
// add a route here when you add a public page.
export async function publicPages(): Promise<PublicPage[]> {
  const latest = (...dates: (string | undefined)[]) =>
    dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
  const caseUpdated = (slug: string) => latest(...routing.locales.map((l) => getCase(slug, l)?.updated));
  const allUpdated = latest(...getCaseSlugs().map(caseUpdated));
  return [
    { path: "", updated: allUpdated },
    { path: "/cases", updated: allUpdated },
    ...getCaseSlugs().map((slug) => ({ path: `/cases/${slug}`, updated: caseUpdated(slug) })),
    { path: "/compare" },
    { path: "/indicators" },
    ...(await getIndicators()).map((i) => ({ path: `/indicators/${i.key}` })),
    { path: "/glossary" },
    { path: "/search" },
    { path: "/data" },
    { path: "/data/disagreements" },
    { path: "/about" },
    { path: "/about/editing" },
  ];
}

// Cases for a language's feed, newest update first.
export function feedCases(locale: Locale) {
  return getCases(locale).sort((a, b) => b.updated.localeCompare(a.updated) || a.slug.localeCompare(b.slug));
}

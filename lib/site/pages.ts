import "server-only";
import { getCase, getCaseSlugs } from "../content/cases";
import {
  changelog,
  changelogPages,
  currentEdition,
  editionPath,
  editionsPath,
  publishedEditions,
  type Edition,
} from "../editions";
import { getIndicators } from "../data/queries";
import type { Locale } from "../i18n/routing";

export type PublicPage = { path: string; updated?: string };

// Every public page, as a path after the locale prefix ("" is the home page). The sitemap and the tests share it;
// add a route here when you add a public page.
export async function publicPages(): Promise<PublicPage[]> {
  const latest = (...dates: (string | undefined)[]) =>
    dates
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
  // A case page changes with its editions; an edition's page never changes once published.
  const caseUpdated = (slug: string) => currentEdition(slug).date;
  const allUpdated = latest(...getCaseSlugs().map(caseUpdated));
  return [
    { path: "", updated: allUpdated },
    { path: "/cases", updated: allUpdated },
    ...getCaseSlugs().flatMap((slug) => [
      { path: `/cases/${slug}`, updated: caseUpdated(slug) },
      { path: editionsPath(slug), updated: caseUpdated(slug) },
      ...publishedEditions(slug).map((e) => ({ path: editionPath(slug, e.number), updated: e.date })),
    ]),
    { path: "/changelog", updated: allUpdated },
    ...Array.from({ length: changelogPages(getCaseSlugs()) - 1 }, (_, i) => ({ path: `/changelog/page/${i + 2}` })),
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

// The newest editions for a language's feed, each with its case's current title.
export const FEED_ENTRIES = 50;
export function feedEditions(locale: Locale): { edition: Edition; title: string }[] {
  return changelog(getCaseSlugs())
    .slice(0, FEED_ENTRIES)
    .map((edition) => ({ edition, title: getCase(edition.slug, locale)?.title ?? edition.title[locale] }));
}

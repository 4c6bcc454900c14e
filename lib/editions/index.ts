import "server-only";
import { SITE_URL } from "../i18n/metadata";
import type { Locale } from "../i18n/routing";
import { byLocale } from "./derive";
import { loadEditions, editionText, type Editions } from "./store";
import type { DataEdition, Edition, EditionFigures, EditionRef } from "./types";

// The editions of cases and of the data, for the pages, the feed, the site map and the citation box. Read once per
// process: `npm run build` derives them before `next build` (scripts/editions-build.ts), so the build's workers only
// read .next/cache/editions; `next dev` derives them on first use.

export { readHistory, readBlobs, repositoryHead, HistoryError } from "./git-history";
export type { DataEdition, Edition, EditionChanges, EditionFigures, EditionRef, FigureChange } from "./types";

const ROOT = process.cwd();
let loaded: Editions | undefined;

export function editions(): Editions {
  return (loaded ??= loadEditions(ROOT));
}

// Where an edition lives, after the locale prefix; the list of a case's editions.
export const editionPath = (slug: string, n: number) => `/cases/${slug}/editions/${n}`;
export const editionsPath = (slug: string) => `/cases/${slug}/editions`;

// A case's published editions, oldest first.
export function publishedEditions(slug: string): Edition[] {
  return editions().cases[slug]?.editions ?? [];
}

// Every edition of a case, oldest first: the published ones, then the working copy's changes if there are any.
export function caseEditions(slug: string): Edition[] {
  const extra = editions().unpublished.cases[slug];
  return [...publishedEditions(slug), ...(extra ? [extra] : [])];
}

// The edition a reader of the case page sees, and the one a citation cites.
export function currentEdition(slug: string): EditionRef {
  const e = caseEditions(slug).at(-1);
  if (!e) throw new Error(`content/cases/${slug}: no edition (is it in content/cases with both languages?)`);
  const unpublished = e.commit === null;
  const path = unpublished ? `/cases/${slug}` : editionPath(slug, e.number);
  const url = byLocale((l) => `${SITE_URL}/${l}${path}`);
  return { number: e.number, date: e.date, commit: e.commit, path, url, unpublished };
}

// What a citation of the case cites: its current published edition (number, date, permanent URL in the page's
// language); undefined when the working copy has unpublished changes or there is no history, and the citation then
// cites the case's own URL.
export function citedEdition(slug: string, locale: Locale): { number: number; date: string; url: string } | undefined {
  if (editions().status === "no-history" || caseEditions(slug).length === 0) return undefined;
  const e = currentEdition(slug);
  return e.unpublished ? undefined : { number: e.number, date: e.date, url: e.url[locale] };
}

// The edition of the data (content/data/*.csv): the data package's version.
export function dataEdition(): Omit<DataEdition, "files" | "time"> & { unpublished: boolean } {
  const e = editions().unpublished.data ?? editions().data.editions.at(-1);
  if (!e) return { number: 1, date: new Date().toISOString().slice(0, 10), commit: null, unpublished: true };
  return { number: e.number, date: e.date, commit: e.commit, unpublished: e.commit === null };
}

export function dataEditions(): DataEdition[] {
  return editions().data.editions;
}

// One published edition with what its page draws: the figures then, and its text in one language.
export function editionOf(
  slug: string,
  n: number,
): { edition: Edition; figures: EditionFigures; text: (locale: Locale) => string } | undefined {
  const c = editions().cases[slug];
  const edition = c?.editions[n - 1];
  if (!c || !edition?.texts) return undefined;
  return { edition, figures: c.figures[n - 1]!, text: (locale) => editionText(ROOT, edition.texts![locale]) };
}

// Published editions of the given cases across the library, newest first.
export function changelog(slugs: string[]): Edition[] {
  return slugs
    .flatMap((s) => publishedEditions(s))
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || a.slug.localeCompare(b.slug));
}

// The changelog's page size: the list grows with every edition, each page stays bounded.
export const CHANGELOG_PAGE = 50;
export const changelogPages = (slugs: string[]) => Math.max(1, Math.ceil(changelog(slugs).length / CHANGELOG_PAGE));

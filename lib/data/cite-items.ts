import { cslDate, type CslItem } from "../format/csl";
import { LANG_TAG, type Locale } from "../i18n/routing";
import type { Source } from "./types";

// The two things the site cites, as CSL-JSON items (lib/format/csl.ts): a case page and a source record.

// A fixed edition of a case page: citing it cites that edition's address and date.
export type CaseEdition = { number: number; date: string; url: string };
export type CasePage = {
  slug: string;
  locale: Locale;
  site: string; // the site's name in the page's language
  title: string;
  url: string;
  updated: string; // YYYY-MM-DD
  accessed?: string; // YYYY-MM-DD; left out of downloads, where the reader's reference manager records it
  edition?: CaseEdition;
};

// The site is the page's (group) author, named once: APA 7 and Chicago leave out a site name that repeats the
// author, and GB/T 7714 gives an online resource its "(更新日期)[引用日期]" only when no publisher is named.
export function caseItem(c: CasePage): CslItem {
  const id = `pcl-${c.slug}-${c.locale}${c.edition ? `-v${c.edition.number}` : ""}`;
  return {
    id,
    "citation-key": id,
    type: "webpage",
    title: c.title,
    author: [{ literal: c.site }],
    language: LANG_TAG[c.locale],
    URL: c.edition?.url ?? c.url,
    issued: cslDate(c.edition?.date ?? c.updated),
    ...(c.accessed ? { accessed: cslDate(c.accessed) } : {}),
    ...(c.edition ? { version: String(c.edition.number) } : {}),
  };
}

const PRINT_PAGE = /^第(\d+)版$/;

// A source as its record describes the original publication: sources.csv gives a `url` only when the original was
// confirmed, so a source read in a reprint is cited as the original (newspaper and page, or publisher and date),
// never by the reprint's address. The record has no type: a publisher whose name ends in 报 is a newspaper, a
// record with a URL a web page, anything else a document. Names and titles follow the page's language; on English
// pages a Chinese title is followed by its English translation in brackets, as APA 7 and Chicago ask.
export function sourceItem(s: Source, locale: Locale): CslItem {
  const title = locale === "zh" || s.language === "en" ? s.title : `${s.title} [${s.titleEn}]`;
  const publisher = s.publisher?.[locale]?.trim() || undefined;
  const newspaper = !!s.publisher?.zh?.trim().endsWith("报");
  const page = s.locator?.zh.match(PRINT_PAGE)?.[1];
  return {
    id: s.id,
    "citation-key": s.id,
    type: newspaper ? "article-newspaper" : s.url ? "webpage" : "document",
    title,
    ...(s.author?.[locale]?.trim() ? { author: [{ literal: s.author[locale].trim() }] } : {}),
    ...(newspaper || s.url ? { "container-title": publisher } : { publisher }),
    ...(newspaper && page ? { page } : {}),
    language: LANG_TAG[s.language],
    ...(s.url ? { URL: s.url } : {}),
    ...(s.date ? { issued: cslDate(s.date) } : {}),
  };
}

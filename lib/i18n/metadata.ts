import type { Metadata } from "next";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { LANG_TAG, routing, type Locale } from "./routing";

// The public origin for canonical links, hreflang, the sitemap, feeds and citations. Without SITE_URL a production
// build warns (next.config.ts) and the citation box falls back to the reader's own origin in the browser.
export const SITE_URL_SET = Boolean(process.env.SITE_URL);
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

const FEED_LINK: Record<Locale, string> = { zh: zh.Feed.link, en: en.Feed.link };

// The Atom feed of the page's language, linked from every page's <head>.
export function feedAlternate(locale: Locale) {
  return { "application/atom+xml": [{ url: `${SITE_URL}/${locale}/feed.xml`, title: FEED_LINK[locale] }] };
}

// Canonical URL and hreflang alternates for a path that exists in every locale.
export function pageMetadata({
  locale,
  path,
  title,
  description,
}: {
  locale: Locale;
  path: string;
  title: string;
  description?: string;
}): Metadata {
  const languages = Object.fromEntries(routing.locales.map((l) => [LANG_TAG[l], `${SITE_URL}/${l}${path}`]));
  return {
    title,
    description,
    alternates: {
      canonical: `${SITE_URL}/${locale}${path}`,
      languages: { ...languages, "x-default": `${SITE_URL}/${routing.defaultLocale}${path}` },
      types: feedAlternate(locale),
    },
    openGraph: { title, description, url: `${SITE_URL}/${locale}${path}`, locale: LANG_TAG[locale], type: "article" },
  };
}

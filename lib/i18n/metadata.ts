import type { Metadata } from "next";
import { LANG_TAG, routing, type Locale } from "./routing";

export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

// Canonical URL and hreflang alternates for a path that exists in every locale.
export function pageMetadata({ locale, path, title, description }: { locale: Locale; path: string; title: string; description?: string }): Metadata {
  const languages = Object.fromEntries(routing.locales.map((l) => [LANG_TAG[l], `${SITE_URL}/${l}${path}`]));
  return {
    title,
    description,
    alternates: { canonical: `${SITE_URL}/${locale}${path}`, languages: { ...languages, "x-default": `${SITE_URL}/${routing.defaultLocale}${path}` } },
    openGraph: { title, description, url: `${SITE_URL}/${locale}${path}`, locale: LANG_TAG[locale], type: "article" },
  };
}

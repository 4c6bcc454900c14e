import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "zh",
  localePrefix: "always",
  // No NEXT_LOCALE cookie: the URL carries the language, and a cookie would stop CDNs from caching pages.
  localeCookie: false,
});

// The one list of locales and the one locale type; everything else imports these.
export const LOCALES = routing.locales;
export type Locale = (typeof LOCALES)[number];

// BCP 47 tags for <html lang>, Intl and hreflang.
export const LANG_TAG: Record<Locale, string> = { zh: "zh-CN", en: "en" };

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

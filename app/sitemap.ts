import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/i18n/metadata";
import { LANG_TAG, routing } from "@/lib/i18n/routing";
import { publicPages } from "@/lib/site/pages";

export const dynamic = "force-static";

// Every public page in every language, each with its hreflang alternates; absolute URLs from SITE_URL.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await publicPages();
  return pages.flatMap(({ path, updated }) => {
    const languages = Object.fromEntries(routing.locales.map((l) => [LANG_TAG[l], `${SITE_URL}/${l}${path}`]));
    return routing.locales.map((locale) => ({
      url: `${SITE_URL}/${locale}${path}`,
      ...(updated ? { lastModified: updated } : {}),
      alternates: { languages: { ...languages, "x-default": `${SITE_URL}/${routing.defaultLocale}${path}` } },
    }));
  });
}

import { getTranslations } from "next-intl/server";
import { atomFeed } from "@/lib/format/atom";
import { SITE_URL } from "@/lib/i18n/metadata";
import { LANG_TAG, routing, type Locale } from "@/lib/i18n/routing";
import { feedCases } from "@/lib/site/pages";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// An Atom feed per language of new and updated cases, built with the site.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  const t = await getTranslations({ locale, namespace: "Site" });
  const tf = await getTranslations({ locale, namespace: "Feed" });
  const xml = atomFeed({
    id: `${SITE_URL}/${locale}/feed.xml`,
    title: tf("title", { site: t("name") }),
    subtitle: t("tagline"),
    lang: LANG_TAG[locale],
    self: `${SITE_URL}/${locale}/feed.xml`,
    home: `${SITE_URL}/${locale}`,
    author: t("name"),
    entries: feedCases(locale).map((c) => ({
      id: `${SITE_URL}/${locale}/cases/${c.slug}`,
      title: c.title,
      url: `${SITE_URL}/${locale}/cases/${c.slug}`,
      updated: c.updated,
      summary: c.summary,
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}

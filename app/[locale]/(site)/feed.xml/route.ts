import { getTranslations } from "next-intl/server";
import { editionPath } from "@/lib/editions";
import { atomFeed } from "@/lib/format/atom";
import { SITE_URL } from "@/lib/i18n/metadata";
import { LANG_TAG, routing, type Locale } from "@/lib/i18n/routing";
import { editionSummary } from "@/components/editions/summary";
import { feedEditions } from "@/lib/site/pages";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// An Atom feed per language of the cases' new editions (a new case is its first edition), built with the site.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  const t = await getTranslations({ locale, namespace: "Site" });
  const tf = await getTranslations({ locale, namespace: "Feed" });
  const te = await getTranslations({ locale, namespace: "Editions" });
  const xml = atomFeed({
    id: `${SITE_URL}/${locale}/feed.xml`,
    title: tf("title", { site: t("name") }),
    subtitle: t("tagline"),
    lang: LANG_TAG[locale],
    self: `${SITE_URL}/${locale}/feed.xml`,
    home: `${SITE_URL}/${locale}`,
    author: t("name"),
    entries: await Promise.all(
      feedEditions(locale).map(async ({ edition: e, title }) => ({
        id: `${SITE_URL}/${locale}${editionPath(e.slug, e.number)}`,
        title: te("pageTitle", { title, number: e.number }),
        url: `${SITE_URL}/${locale}${editionPath(e.slug, e.number)}`,
        updated: new Date(e.time).toISOString().replace(/\.\d{3}Z$/, "Z"),
        summary: await editionSummary(e.changes, locale),
      })),
    ),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}

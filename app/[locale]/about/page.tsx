import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata, SITE_URL } from "@/lib/i18n/metadata";
import { isLocale, type Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "About" });
  return pageMetadata({ locale, path: "/about", title: t("title") });
}

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "About" });
  const example = t("citeExample", {
    title: locale === "zh" ? "利川市精准扶贫案例" : "Lichuan",
    url: `${SITE_URL}/${locale}/cases/lichuan`,
    date: "2026-11-23",
  });
  return (
    <div className="prose about">
      <h1>{t("title")}</h1>
      <h2 id="what">{t("what")}</h2>
      <p>{t("whatBody")}</p>
      <h2 id="data">{t("data")}</h2>
      <p>{t("dataBody")}</p>
      <h2 id="licence">{t("licence")}</h2>
      <p>{t("licenceBody")}</p>
      <h2 id="editors">{t("editors")}</h2>
      <p>
        {t("editorsBody")} <Link href="/about/editing">{t("guide")}</Link>
      </p>
      <h2 id="open-data">{t("openData")}</h2>
      <p>
        {t("openDataBody")} <Link href="/data">{t("openDataLink")}</Link>
      </p>
      <h2 id="cite">{t("cite")}</h2>
      <p>{t("citeBody")}</p>
      <blockquote>{example}</blockquote>
    </div>
  );
}

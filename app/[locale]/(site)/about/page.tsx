import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { AbsoluteUrl } from "@/components/layout/absolute-url";
import { getCase } from "@/lib/content/cases";
import { pageMetadata, SITE_URL, SITE_URL_SET } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "About");
  return pageMetadata({ locale, path: "/about", title: t("title") });
}

export default async function AboutPage({ params }: Props) {
  const { locale, t } = await openPage(params, "About");
  const lichuan = getCase("lichuan", locale);
  // The URL is filled in by <AbsoluteUrl>, so a build without SITE_URL never shows localhost.
  const [before, after] = t("citeExample", {
    title: lichuan?.title ?? "",
    url: "\u0000",
    date: lichuan?.updated ?? "",
  }).split("\u0000");
  return (
    <div className="prose about">
      <h1>{t("title")}</h1>
      <h2 id="what">{t("what")}</h2>
      <p>{t("whatBody")}</p>
      <h2 id="data">{t("data")}</h2>
      <p>{t("dataBody")}</p>
      <h2 id="licence">{t("licence")}</h2>
      <p>{t("licenceBody")}</p>
      <h2 id="method">{t("method")}</h2>
      <p>
        {t("methodBody")} <Link href="/about/editing">{t("methodLink")}</Link>
      </p>
      <h2 id="open-data">{t("openData")}</h2>
      <p>
        {t("openDataBody")} <Link href="/data">{t("openDataLink")}</Link>
      </p>
      <h2 id="cite">{t("cite")}</h2>
      <p>{t("citeBody")}</p>
      <blockquote>
        {before}
        <AbsoluteUrl path={`/${locale}/cases/lichuan`} siteUrl={SITE_URL_SET ? SITE_URL : null} />
        {after}
      </blockquote>
    </div>
  );
}

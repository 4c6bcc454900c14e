import { getLocale, getTranslations } from "next-intl/server";

// A missing draft, or a page the user's role may not see: the 404 inside the desk's own frame.
export default async function DeskNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const desk = await getTranslations({ locale, namespace: "Desk" });
  return (
    <div className="not-found">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={`/${locale}/desk`}>{desk("nav.home")}</a>
      </p>
    </div>
  );
}

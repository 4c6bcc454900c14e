import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <div className="not-found">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <ul>
        <li>
          <Link href="/cases">{t("toCases")}</Link>
        </li>
        <li>
          <Link href="/">{t("toHome")}</Link>
        </li>
      </ul>
    </div>
  );
}

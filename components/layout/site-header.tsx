import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Nav" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        {site("name")}
      </Link>
      <nav aria-label={t("label")}>
        <ul>
          <li>
            <Link href="/cases">{t("cases")}</Link>
          </li>
          <li>
            <Link href="/glossary">{t("glossary")}</Link>
          </li>
          <li>
            <Link href="/data">{t("data")}</Link>
          </li>
          <li>
            <Link href="/about">{t("about")}</Link>
          </li>
        </ul>
      </nav>
      <LocaleSwitcher target={locale === "zh" ? "en" : "zh"} label={t("switchTo")} title={t("switchToLabel")} />
    </header>
  );
}

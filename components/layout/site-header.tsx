import { getTranslations } from "next-intl/server";
import { SearchBox, type SearchLabels } from "@/components/search/search-box";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LocaleSwitcher } from "./locale-switcher";

export async function searchLabels(locale: Locale): Promise<SearchLabels> {
  const t = await getTranslations({ locale, namespace: "Search" });
  const keys = [
    "label",
    "placeholder",
    "submit",
    "noResults",
    "tryGlossary",
    "tryCases",
    "results",
    "loading",
    "shortcut",
    "otherLanguage",
    "allResults",
    "keyboardHint",
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as SearchLabels;
}

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
          {(["cases", "compare", "indicators", "glossary", "data", "about"] as const).map((key) => (
            <li key={key}>
              <Link href={`/${key}`}>{t(key)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <SearchBox locale={locale} labels={await searchLabels(locale)} />
      <LocaleSwitcher target={locale === "zh" ? "en" : "zh"} label={t("switchTo")} title={t("switchToLabel")} />
    </header>
  );
}

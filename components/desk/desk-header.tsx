import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import type { DeskUser } from "@/lib/desk/session";
import type { Locale } from "@/lib/i18n/routing";

// The desk's own header: its name, its pages and the signed-in user (when there is one), sign-out and the language.
// No public navigation, search box or footer: the desk is a workplace, not a page of the site.
export async function DeskHeader({ locale, user }: { locale: Locale; user: DeskUser | null }) {
  const t = await getTranslations({ locale, namespace: "Desk" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const base = `/${locale}/desk`;
  return (
    <header className="desk-header">
      <a href={base} className="desk-brand">
        {t("title")}
      </a>
      {user && (
        <nav className="desk-nav" aria-label={t("title")}>
          <a href={base}>{t("nav.home")}</a>
          <a href={`${base}/new`}>{t("nav.newCase")}</a>
          {user.role === "admin" && <a href={`${base}/users`}>{t("nav.users")}</a>}
          {user.role === "admin" && <a href={`${base}/audit`}>{t("nav.audit")}</a>}
        </nav>
      )}
      {user && (
        <a href={`${base}/account`} className="desk-who">
          {t("nav.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
        </a>
      )}
      {user && (
        <form method="post" action="/api/desk/auth/sign-out" className="desk-sign-out">
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t("nav.signOut")}</button>
        </form>
      )}
      <LocaleSwitcher target={locale === "zh" ? "en" : "zh"} label={nav("switchTo")} title={nav("switchToLabel")} />
    </header>
  );
}

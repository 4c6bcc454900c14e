import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/desk/page-user";

export const dynamic = "force-dynamic";

export default async function DeskAppLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { user, locale } = await pageUser(params);
  const t = await getTranslations({ locale, namespace: "Desk" });
  const base = `/${locale}/desk`;
  return (
    <>
      <nav className="desk-nav" aria-label={t("title")}>
        <strong>{t("title")}</strong>
        <a href={base}>{t("nav.home")}</a>
        <a href={`${base}/new`}>{t("nav.newCase")}</a>
        {user.role === "admin" && <a href={`${base}/users`}>{t("nav.users")}</a>}
        {user.role === "admin" && <a href={`${base}/audit`}>{t("nav.audit")}</a>}
        <a href={`${base}/account`} className="desk-who">
          {t("nav.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
        </a>
        <form method="post" action="/api/auth/sign-out">
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t("nav.signOut")}</button>
        </form>
      </nav>
      {children}
    </>
  );
}

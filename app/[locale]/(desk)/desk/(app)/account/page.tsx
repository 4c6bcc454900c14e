import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/desk/password-form";
import { pageUser } from "@/lib/desk/page-user";

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { user, locale } = await pageUser(params);
  const t = await getTranslations({ locale, namespace: "Desk.account" });
  return (
    <div className="desk-sign-in">
      <h1>{t("title")}</h1>
      <p className="muted">
        {user.name} · {user.email}
      </p>
      <p className="muted">{t("intro")}</p>
      <PasswordForm
        t={Object.fromEntries(["current", "new", "save", "saved", "failed"].map((k) => [k, t(k as "save")]))}
      />
    </div>
  );
}

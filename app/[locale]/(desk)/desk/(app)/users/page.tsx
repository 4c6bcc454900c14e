import { getTranslations } from "next-intl/server";
import { InviteUser, RevokeInvite, UserRole } from "@/components/desk/user-admin";
import { listOpenInvites } from "@/lib/desk/invites";
import { pageUser } from "@/lib/desk/page-user";
import { ROLES } from "@/lib/desk/roles";
import { listUsers } from "@/lib/desk/users";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageUser(params, ["admin"]);
  const t = await getTranslations({ locale, namespace: "Desk" });
  const [users, invites] = [await listUsers(), await listOpenInvites()];
  const labels = Object.fromEntries(
    ["invite", "name", "email", "role", "linkLocale", "create", "linkReady", "copy", "copied", "revoke", "revoked", "save", "disable"].map((k) => [k, t.raw(`users.${k}` as never) as string]),
  );
  // The invited person's language first: the admin's own, then the other.
  const locales = (locale === "zh" ? (["zh", "en"] as const) : (["en", "zh"] as const)).map((l) => ({ value: l, label: l === "zh" ? "中文" : "English" }));
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", { dateStyle: "medium", timeStyle: "short" });
  const roles = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <div>
      <h1>{t("users.title")}</h1>
      <table className="desk-table">
        <thead>
          <tr>
            <th>{t("users.name")}</th>
            <th>{t("users.email")}</th>
            <th>{t("users.role")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <UserRole email={u.email} role={u.role} disabled={u.disabled} t={labels} roles={roles} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("users.invite")}</h2>
      <p className="muted">{t("users.inviteIntro")}</p>
      <InviteUser t={labels} roles={roles} locales={locales} locale={locale} />
      <h2>{t("users.open")}</h2>
      {invites.length === 0 ? (
        <p className="muted">{t("users.none")}</p>
      ) : (
        <table className="desk-table" id="desk-invites">
          <thead>
            <tr>
              <th>{t("users.name")}</th>
              <th>{t("users.email")}</th>
              <th>{t("users.role")}</th>
              <th>{t("users.expires")}</th>
              <th>{t("users.revoke")}</th>
            </tr>
          </thead>
          <tbody>
            {invites.map((i) => (
              <tr key={i.id}>
                <td>{i.name}</td>
                <td>{i.email}</td>
                <td>{t(`roles.${i.role as "editor"}`)}</td>
                <td>{date.format(i.expiresAt)}</td>
                <td>
                  <RevokeInvite id={i.id} t={labels} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { InviteUser, UserRole } from "@/components/desk/user-admin";
import { pageUser } from "@/lib/desk/page-user";
import { ROLES } from "@/lib/desk/roles";
import { listUsers } from "@/lib/desk/users";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageUser(params, ["admin"]);
  const t = await getTranslations({ locale, namespace: "Desk" });
  const users = await listUsers();
  const labels = Object.fromEntries(["invite", "name", "email", "role", "password", "create", "save", "disable"].map((k) => [k, t(`users.${k}` as never)]));
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
      <InviteUser t={labels} roles={roles} />
    </div>
  );
}

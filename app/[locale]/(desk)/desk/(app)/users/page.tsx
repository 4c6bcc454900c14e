import { getTranslations } from "next-intl/server";
import { DeskTable } from "@/components/desk/desk-table";
import { InviteUser, RevokeInvite, UserRole } from "@/components/desk/user-admin";
import { deskDate } from "@/lib/desk/date";
import { listOpenInvites } from "@/lib/desk/invites";
import { pageUser } from "@/lib/desk/page-user";
import { ROLES } from "@/lib/schemas/desk";
import { listUsers } from "@/lib/desk/users";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageUser(params, ["admin"]);
  const t = await getTranslations({ locale, namespace: "Desk" });
  const [users, invites] = [await listUsers(), await listOpenInvites()];
  const labels = Object.fromEntries(
    [
      "invite",
      "name",
      "email",
      "role",
      "linkLocale",
      "create",
      "linkReady",
      "copy",
      "copied",
      "revoke",
      "revoked",
      "save",
      "disable",
    ].map((k) => [k, t.raw(`users.${k}` as never) as string]),
  );
  // The invited person's language first: the admin's own, then the other.
  const locales = (locale === "zh" ? (["zh", "en"] as const) : (["en", "zh"] as const)).map((l) => ({
    value: l,
    label: l === "zh" ? "中文" : "English",
  }));
  const date = deskDate(locale);
  const roles = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <div>
      <h1>{t("users.title")}</h1>
      <DeskTable
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { label: t("users.name"), cell: (u) => u.name },
          { label: t("users.email"), cell: (u) => u.email },
          {
            label: t("users.role"),
            cell: (u) => <UserRole email={u.email} role={u.role} disabled={u.disabled} t={labels} roles={roles} />,
          },
        ]}
      />
      <h2>{t("users.invite")}</h2>
      <p className="muted">{t("users.inviteIntro")}</p>
      <InviteUser t={labels} roles={roles} locales={locales} locale={locale} />
      <h2>{t("users.open")}</h2>
      <DeskTable
        rows={invites}
        id="desk-invites"
        empty={t("users.none")}
        rowKey={(i) => i.id}
        columns={[
          { label: t("users.name"), cell: (i) => i.name },
          { label: t("users.email"), cell: (i) => i.email },
          { label: t("users.role"), cell: (i) => t(`roles.${i.role as "editor"}`) },
          { label: t("users.expires"), cell: (i) => date.format(i.expiresAt) },
          { label: t("users.revoke"), cell: (i) => <RevokeInvite id={i.id} t={labels} /> },
        ]}
      />
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { readAudit } from "@/lib/desk/audit";
import { pageUser } from "@/lib/desk/page-user";

export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageUser(params, ["admin"]);
  const t = await getTranslations({ locale, namespace: "Desk.audit" });
  const rows = await readAudit();
  return (
    <div>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="desk-scroll">
        <table className="desk-table" id="desk-audit">
          <thead>
            <tr>
              <th>{t("when")}</th>
              <th>{t("who")}</th>
              <th>{t("what")}</th>
              <th>{t("target")}</th>
              <th>{t("detail")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-action={r.action}>
                <td>
                  <time dateTime={r.at.toISOString()}>{r.at.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                </td>
                <td>{r.actorEmail}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>{r.target}</td>
                <td>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

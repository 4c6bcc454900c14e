import { getTranslations } from "next-intl/server";
import { DeskTable } from "@/components/desk/desk-table";
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
      <DeskTable
        rows={rows}
        id="desk-audit"
        rowKey={(r) => r.id}
        rowData={(r) => ({ "data-action": r.action })}
        columns={[
          {
            label: t("when"),
            cell: (r) => (
              <time dateTime={r.at.toISOString()}>{r.at.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
            ),
          },
          { label: t("who"), cell: (r) => r.actorEmail },
          { label: t("what"), cell: (r) => <code>{r.action}</code> },
          { label: t("target"), cell: (r) => r.target },
          { label: t("detail"), cell: (r) => r.detail },
        ]}
      />
    </div>
  );
}

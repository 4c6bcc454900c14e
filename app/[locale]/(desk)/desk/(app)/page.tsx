import { getTranslations } from "next-intl/server";
import { DeskTable } from "@/components/desk/desk-table";
import { deskDate } from "@/lib/desk/date";
import { deskHome, type DeskRow } from "@/lib/desk/desk-home";
import { draftTitle } from "@/lib/desk/draft-title";
import { pageUser } from "@/lib/desk/page-user";

export default async function DeskHome({ params }: { params: Promise<{ locale: string }> }) {
  const { user, locale } = await pageUser(params);
  const t = await getTranslations({ locale, namespace: "Desk" });
  const td = await getTranslations({ locale, namespace: "Desk.dataDraft" });
  const { mine, queue, published } = await deskHome(user);
  const date = deskDate(locale);
  const table = (rows: DeskRow[], id: string, isPublished = false) => (
    <DeskTable
      rows={rows}
      id={id}
      className="desk-list"
      empty={t("home.none")}
      rowKey={(d) => d.id}
      rowData={(d) => ({ "data-draft": d.slug, "data-kind": d.kind })}
      columns={[
        {
          label: t("home.slug"),
          // Named as editors know it, by its title; the slug (the case's address) second.
          cell: (d) => (
            <>
              <a href={`/${locale}/desk/drafts/${d.id}`}>{draftTitle(d, locale)}</a>
              <span className="muted desk-slug"> {d.slug}</span>
            </>
          ),
        },
        { label: td("kind"), cell: (d) => (d.kind === "data" ? td("kindNameData") : td("kindNameCase")) },
        { label: t("home.author"), cell: (d) => d.author.name },
        {
          label: t("home.status"),
          cell: (d) =>
            isPublished ? (d.live ? t("home.live") : t("home.waiting")) : t(`status.${d.status as "draft"}`),
        },
        { label: t("home.updated"), cell: (d) => date.format(d.updatedAt) },
        isPublished && { label: t("home.commit"), cell: (d) => <code>{d.publishedCommit?.slice(0, 10)}</code> },
      ]}
    />
  );
  return (
    <div>
      <h1>{t("title")}</h1>
      <p>
        <a className="desk-button" href={`/${locale}/desk/new`}>
          {t("nav.newCase")}
        </a>
      </p>
      <h2>{t("home.mine")}</h2>
      {table(mine, "desk-mine")}
      {queue && (
        <>
          <h2>{t("home.queue")}</h2>
          {table(queue, "desk-queue")}
        </>
      )}
      <h2>{t("home.published")}</h2>
      <p className="muted">{t("home.deployNote")}</p>
      {table(published, "desk-published", true)}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { getCaseSlugs } from "@/lib/content/cases";
import { listDrafts } from "@/lib/desk/drafts";
import { draftTitle } from "@/lib/desk/draft-title";
import { dataIsLive } from "@/lib/desk/live";
import { readPending } from "@/lib/desk/draft-data";
import { pageUser } from "@/lib/desk/page-user";
import { canReview } from "@/lib/desk/roles";

type Row = Awaited<ReturnType<typeof listDrafts>>[number];

export default async function DeskHome({ params }: { params: Promise<{ locale: string }> }) {
  const { user, locale } = await pageUser(params);
  const t = await getTranslations({ locale, namespace: "Desk" });
  const td = await getTranslations({ locale, namespace: "Desk.dataDraft" });
  const drafts = await listDrafts();
  // The running build's cases: a published draft missing from them waits for the next build.
  const built = new Set(getCaseSlugs());
  const liveData = new Set<number>();
  for (const d of drafts) if (d.kind === "data" && d.status === "published" && (await dataIsLive(readPending(d.data)))) liveData.add(d.id);
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", { dateStyle: "medium", timeStyle: "short" });
  const table = (rows: Row[], id: string, published = false) =>
    rows.length === 0 ? (
      <p className="muted">{t("home.none")}</p>
    ) : (
      <div className="desk-scroll">
        <table className="desk-table desk-list" id={id}>
          <thead>
            <tr>
              <th>{t("home.slug")}</th>
              <th>{td("kind")}</th>
              <th>{t("home.author")}</th>
              <th>{t("home.status")}</th>
              <th>{t("home.updated")}</th>
              {published && <th>{t("home.commit")}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-draft={d.slug} data-kind={d.kind}>
                <td>
                  {/* Named as editors know it, by its title; the slug (the case's address) second. */}
                  <a href={`/${locale}/desk/drafts/${d.id}`}>{draftTitle(d, locale)}</a>
                  <span className="muted desk-slug"> {d.slug}</span>
                </td>
                <td>{d.kind === "data" ? td("kindNameData") : td("kindNameCase")}</td>
                <td>{d.author.name}</td>
                {/* A case is on the site when this build has its page; a data change when this build's data holds its rows. */}
                <td>{published ? ((d.kind === "data" ? liveData.has(d.id) : built.has(d.slug)) ? t("home.live") : t("home.waiting")) : t(`status.${d.status as "draft"}`)}</td>
                <td>{date.format(d.updatedAt)}</td>
                {published && (
                  <td>
                    <code>{d.publishedCommit?.slice(0, 10)}</code>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
      {table(drafts.filter((d) => d.authorId === user.id && d.status !== "published"), "desk-mine")}
      {canReview(user.role) && (
        <>
          <h2>{t("home.queue")}</h2>
          {table(drafts.filter((d) => d.status === "submitted"), "desk-queue")}
        </>
      )}
      <h2>{t("home.published")}</h2>
      <p className="muted">{t("home.deployNote")}</p>
      {table(drafts.filter((d) => d.status === "published"), "desk-published", true)}
    </div>
  );
}

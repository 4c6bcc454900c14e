import { clauseSeparator, colon, listSeparator } from "@/lib/format/punct";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataDraftActions } from "@/components/desk/data-draft-actions";
import { DataPanel } from "@/components/desk/data-panel";
import { DeskTable } from "@/components/desk/desk-table";
import { DraftEditor } from "@/components/desk/draft-editor";
import { DraftPreview } from "@/components/desk/draft-preview";
import { ReviewActions } from "@/components/desk/review-actions";
import { ReviewChecks } from "@/components/desk/review-checks";
import { deskDate } from "@/lib/desk/date";
import { unifiedDiff } from "@/lib/desk/diff";
import { draftView, type DraftView } from "@/lib/desk/draft-view";
import { formulaCells } from "@/lib/desk/formula-cells";
import { getDraft } from "@/lib/desk/drafts";
import { issueMessage } from "@/lib/problems/issues";
import { pageUser } from "@/lib/desk/page-user";
import { LANG_TAG, type Locale } from "@/lib/i18n/routing";

type Params = { locale: string; id: string };

export default async function DraftPage({ params }: { params: Promise<Params> }) {
  const { user, locale } = await pageUser(params);
  const id = Number((await params).id);
  const d = Number.isInteger(id) ? await getDraft(id) : null;
  if (!d) notFound();
  const t = await getTranslations({ locale, namespace: "Desk" });
  const td = await getTranslations({ locale, namespace: "Desk.dataDraft" });
  const v = draftView(d, user, locale);
  const { inspection: insp, isData, editable, issues, title } = v;
  const langNames = { zh: t("languages.zh"), en: t("languages.en") };
  // Raw templates: the client fills {count}, {line} and the like as things change.
  const pick = (ns: string, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, t.raw(`${ns}.${k}` as never) as string]));
  const sep = colon(locale);
  const date = deskDate(locale);
  const previews = {
    zh: <DraftPreview text={d.zh} locale="zh" deskLocale={locale} dataset={insp.dataset} label={langNames.zh} />,
    en: <DraftPreview text={d.en} locale="en" deskLocale={locale} dataset={insp.dataset} label={langNames.en} />,
  };

  return (
    <div>
      <p className="eyebrow">{t(`status.${d.status as "draft"}`)}</p>
      <h1>
        {title} <span className="muted">{isData ? `#${d.id}` : `${d.slug} #${d.id}`}</span>
      </h1>
      {isData && <p data-kind="data">{td("about", { region: v.regionName, title: d.title })}</p>}
      <p className="muted">
        {t("home.author")}
        {sep}
        {d.author.name} · {t("home.updated")}
        {sep}
        {date.format(d.updatedAt)}
      </p>
      {d.publishedCommit && (
        <p className="desk-ok" role="status">
          {t("review.publishedAs", { commit: d.publishedCommit.slice(0, 12) })}
        </p>
      )}
      {isData ? (
        editable ? (
          <DataDraftActions
            id={d.id}
            issues={issues}
            empty={insp.files.length === 0}
            t={{
              ...pick("editor", ["checks", "checksOk", "checksCountOne", "checksCount", "submit", "submitBlocked"]),
              checksFile: td.raw("checksFile") as string,
              noRows: td("noRows"),
              colon: sep,
            }}
          />
        ) : (
          <p className="muted">{t("editor.readOnly", { status: t(`status.${d.status as "draft"}`) })}</p>
        )
      ) : editable ? (
        <DraftEditor
          id={d.id}
          slug={d.slug}
          version={d.version}
          texts={{ zh: d.zh, en: d.en }}
          issues={issues}
          previews={previews}
          t={{
            ...pick("editor", [
              "tabs",
              "sourceTab",
              "previewTab",
              "source",
              "saved",
              "saving",
              "unsaved",
              "failed",
              "conflictTitle",
              "conflictText",
              "stored",
              "yours",
              "useStored",
              "keepMine",
              "checks",
              "checksOk",
              "checksCountOne",
              "checksCount",
              "line",
              "insertInto",
              "figure",
              "term",
              "cite",
              "insert",
              "submit",
              "submitBlocked",
              "leaveWarning",
            ]),
            colon: sep,
          }}
          langNames={langNames}
          pickers={v.pickers}
        />
      ) : (
        <p className="muted">{t("editor.readOnly", { status: t(`status.${d.status as "draft"}`) })}</p>
      )}
      <DataPanel
        id={d.id}
        editable={editable}
        pending={d.pending}
        forms={v.forms}
        t={{
          ...pick("data", [
            "title",
            "intro",
            "sources",
            "observations",
            "events",
            "none",
            "remove",
            "add",
            "addSource",
            "addObservation",
            "addEvent",
            "invalid",
            "batch",
            "batchIntro",
            "preview",
            "apply",
            "added",
            "changed",
            "unchanged",
            "applied",
            "line",
          ]),
          colon: sep,
          clause: clauseSeparator(locale),
          list: listSeparator(locale),
          ...(isData ? { intro: td("panelIntro") } : {}),
        }}
      />
      {isData ? (
        <AsReaders readers={v.readers} locale={locale} />
      ) : editable ? null : (
        <div className="desk-columns desk-previews">
          {previews.zh}
          {previews.en}
        </div>
      )}
      <section aria-labelledby="desk-review-title">
        <h2 id="desk-review-title">{t("review.title")}</h2>
        {!editable && d.status !== "published" && (
          <ReviewChecks
            issues={issues}
            version={d.version}
            locale={locale}
            langOf={(f) => {
              const l = v.langOf(f);
              return l && langNames[l];
            }}
          />
        )}
        <h3>{t("review.files")}</h3>
        {insp.files.map((f) => (
          <details key={f.path} className="desk-diff" open={d.status === "submitted"}>
            <summary>
              <code>{f.path}</code> {f.before === null && <span className="muted">({t("review.newFile")})</span>}
            </summary>
            <pre>
              {unifiedDiff(f)
                .split("\n")
                .map((l, i) => (
                  <span
                    key={i}
                    className={
                      l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : l.startsWith("@@") ? "hunk" : undefined
                    }
                  >
                    {l}
                    {formulaCells(f.path, f.after, l).map((c) => (
                      <strong key={c.column} className="desk-formula" role="note">
                        {"  ⚠ "}
                        {c.column}
                        {sep}
                        {issueMessage("formulaCell", { char: c.char }, locale)}
                      </strong>
                    ))}
                    {"\n"}
                  </span>
                ))}
            </pre>
          </details>
        ))}
        <h3>{t("review.comments")}</h3>
        {d.comments.length === 0 ? (
          <p className="muted">{t("review.noComments")}</p>
        ) : (
          <ol className="desk-comments">
            {d.comments.map((c) => (
              <li key={c.id} data-kind={c.kind}>
                <strong>{c.author.name}</strong> <span className="muted">{date.format(c.createdAt)}</span>
                {c.kind === "changes_requested" && <span className="desk-tag">{t("review.changesRequested")}</span>}
                {/* The desk's own note after a crash (lib/desk/recover.ts) is worded in the page's language. */}
                <p>{c.kind === "publish-interrupted" ? t("review.interrupted") : c.body}</p>
              </li>
            ))}
          </ol>
        )}
        {v.ownSubmitted && <p className="muted">{t("review.ownDraft")}</p>}
        {v.canComment && (
          <ReviewActions
            id={d.id}
            version={d.version}
            canDecide={v.canDecide}
            publishes={{ title, slug: d.slug, files: insp.files.map((f) => f.path) }}
            t={{
              ...pick("review", [
                "comment",
                "addComment",
                "requestChanges",
                "approve",
                "refused",
                "confirmTitle",
                "confirmText",
                "confirm",
                "cancel",
              ]),
              colon: sep,
            }}
          />
        )}
      </section>
    </div>
  );
}

// A data change's pending figures and events, as the site's pages will write them in each language (lib/desk/draft-view.ts).
async function AsReaders({ readers, locale }: { readers: DraftView["readers"]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Desk.dataDraft" });
  const { figures, events } = readers;
  if (!figures.length && !events.length) return null;
  return (
    <section className="desk-as-readers" aria-labelledby="desk-as-readers-title">
      <h2 id="desk-as-readers-title">{t("asReaders")}</h2>
      <p className="muted">{t("asReadersIntro")}</p>
      {figures.length > 0 && (
        <DeskTable
          rows={figures}
          data={{ "data-kind": "readers-observations" }}
          rowKey={(_, i) => i}
          columns={[
            { label: t("what"), cell: (r) => `${r.what}${r.basis}` },
            { label: t("valueZh"), cell: (r) => r.zh, lang: LANG_TAG.zh },
            { label: t("valueEn"), cell: (r) => r.en, lang: LANG_TAG.en },
          ]}
        />
      )}
      {events.length > 0 && (
        <DeskTable
          rows={events}
          data={{ "data-kind": "readers-events" }}
          rowKey={(_, i) => i}
          columns={[
            {
              label: t("valueZh"),
              lang: LANG_TAG.zh,
              cell: (r) => (
                <>
                  <time>{r.zh.date}</time> {r.zh.label}
                </>
              ),
            },
            {
              label: t("valueEn"),
              lang: LANG_TAG.en,
              cell: (r) => (
                <>
                  <time>{r.en.date}</time> {r.en.label}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

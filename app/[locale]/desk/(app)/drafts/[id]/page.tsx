import { colon } from "@/lib/format/punct";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataPanel, type FieldSpec } from "@/components/desk/data-panel";
import { DraftEditor, type Pick } from "@/components/desk/draft-editor";
import { DraftPreview } from "@/components/desk/draft-preview";
import { ReviewActions } from "@/components/desk/review-actions";
import { getTerms } from "@/lib/content/cases";
import type { Dataset } from "@/lib/dataset/load-dataset";
import { unifiedDiff } from "@/lib/desk/diff";
import { EDITABLE, getDraft } from "@/lib/desk/drafts";
import { inspectDraft } from "@/lib/desk/inspect";
import { localizeIssue } from "@/lib/dataset/issues";
import { pageUser } from "@/lib/desk/page-user";
import { canReview } from "@/lib/desk/roles";
import { eventRow, observationRow, sourceRow } from "@/lib/schemas/data";
import { EVENT_KINDS } from "@/lib/themes";

type Params = { locale: string; id: string };

export default async function DraftPage({ params }: { params: Promise<Params> }) {
  const { user, locale } = await pageUser(params);
  const id = Number((await params).id);
  const d = Number.isInteger(id) ? await getDraft(id) : null;
  if (!d) notFound();
  const t = await getTranslations({ locale, namespace: "Desk" });
  const insp = inspectDraft({ slug: d.slug, zh: d.zh, en: d.en, data: d.pending });
  const editable = d.authorId === user.id && (EDITABLE as readonly string[]).includes(d.status);
  const canDecide = canReview(user.role) && d.authorId !== user.id && d.status === "submitted";
  const langNames = { zh: locale === "zh" ? "中文" : "Chinese", en: locale === "zh" ? "英文" : "English" };
  const pick = (ns: string, keys: string[]) => Object.fromEntries(keys.map((k) => [k, t(`${ns}.${k}` as never)]));
  const sep = colon(locale);
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", { dateStyle: "medium", timeStyle: "short" });

  return (
    <div>
      <p className="eyebrow">{t(`status.${d.status as "draft"}`)}</p>
      <h1>
        {d.slug} <span className="muted">#{d.id}</span>
      </h1>
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
      {editable ? (
        <DraftEditor
          id={d.id}
          slug={d.slug}
          version={d.version}
          texts={{ zh: d.zh, en: d.en }}
          issues={insp.issues.map((i) => localizeIssue(i, locale))}
          t={pick("editor", ["source", "saved", "saving", "unsaved", "failed", "conflictTitle", "conflictText", "stored", "yours", "useStored", "keepMine", "checks", "checksOk", "checksCount", "line", "insertInto", "figure", "term", "cite", "insert", "submit", "submitBlocked", "leaveWarning"].map((k) => k))}
          langNames={langNames}
          pickers={pickers(insp.dataset, d.slug, locale)}
        />
      ) : (
        <p className="muted">{t("editor.readOnly", { status: t(`status.${d.status as "draft"}`) })}</p>
      )}
      <DataPanel id={d.id} editable={editable} pending={d.pending} forms={forms(insp.dataset, locale)} t={pick("data", ["title", "intro", "sources", "observations", "events", "none", "remove", "add", "addSource", "addObservation", "addEvent", "invalid", "batch", "batchIntro", "preview", "apply", "added", "changed", "unchanged", "applied"])} />
      <div className="desk-columns desk-previews">
        <DraftPreview text={d.zh} locale="zh" deskLocale={locale} dataset={insp.dataset} label={langNames.zh} />
        <DraftPreview text={d.en} locale="en" deskLocale={locale} dataset={insp.dataset} label={langNames.en} />
      </div>
      <section aria-labelledby="desk-review-title">
        <h2 id="desk-review-title">{t("review.title")}</h2>
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
                  <span key={i} className={l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : l.startsWith("@@") ? "hunk" : undefined}>
                    {l}
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
                <p>{c.body}</p>
              </li>
            ))}
          </ol>
        )}
        {canReview(user.role) && d.authorId === user.id && d.status === "submitted" && <p className="muted">{t("review.ownDraft")}</p>}
        {(d.authorId === user.id || canReview(user.role)) && d.status !== "published" && (
          <ReviewActions id={d.id} canDecide={canDecide} t={pick("review", ["comment", "addComment", "requestChanges", "approve", "refused"])} />
        )}
      </section>
    </div>
  );
}

function pickers(ds: Dataset, region: string, locale: "zh" | "en"): { figure: Pick[]; term: Pick[]; cite: Pick[] } {
  const obs = ds.observations.map((o) => o.row).filter((r) => r.region === region);
  const bases = (r: (typeof obs)[number]) => obs.filter((o) => o.indicator === r.indicator && o.year === r.year).length;
  return {
    figure: obs.map((r) => ({
      label: `${r.indicator} ${r.year}: ${r.value} (${r.basis})`,
      snippet: `<Figure region="${r.region}" indicator="${r.indicator}" year={${r.year}}${bases(r) > 1 ? ` basis="${r.basis}"` : ""} />`,
    })),
    term: getTerms().map((g) => ({ label: `${locale === "zh" ? g.zh : g.en} (${g.id})`, snippet: `<Term id="${g.id}" />` })),
    cite: ds.sources.map(({ row }) => ({ label: `${row.id}: ${locale === "zh" ? row.title : row.title_en}`.slice(0, 90), snippet: `<Cite id="${row.id}" />` })),
  };
}

function forms(ds: Dataset, locale: "zh" | "en"): Record<"sources" | "observations" | "events", FieldSpec[]> {
  const opt = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const regions = ds.regions.map(({ row }) => ({ value: row.slug, label: `${locale === "zh" ? row.name_zh : row.name_en} (${row.slug})` }));
  const sources = opt(ds.sources.map((s) => s.row.id));
  const special: Record<string, FieldSpec["options"]> = {
    region: regions,
    indicator: ds.indicators.map(({ row }) => ({ value: row.key, label: `${locale === "zh" ? row.name_zh : row.name_en} (${row.key})` })),
    basis: ds.bases.map(({ row }) => ({ value: row.key, label: `${locale === "zh" ? row.name_zh : row.name_en} (${row.key})` })),
    source: sources,
    kind: opt([...EVENT_KINDS]),
    language: opt(["zh", "en"]),
  };
  const spec = (columns: string[]): FieldSpec[] => columns.map((name) => ({ name, options: special[name], wide: /title|note|label/.test(name) }));
  return { sources: spec(Object.keys(sourceRow.shape)), observations: spec(Object.keys(observationRow.shape)), events: spec(Object.keys(eventRow.shape)) };
}

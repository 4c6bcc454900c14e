import { clauseSeparator, colon, inParens, listSeparator } from "@/lib/format/punct";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataDraftActions } from "@/components/desk/data-draft-actions";
import { DataPanel, type FieldSpec } from "@/components/desk/data-panel";
import { DraftEditor, type Pick } from "@/components/desk/draft-editor";
import { DraftPreview } from "@/components/desk/draft-preview";
import { ReviewActions } from "@/components/desk/review-actions";
import { ReviewChecks } from "@/components/desk/review-checks";
import { draftTitle } from "@/lib/desk/draft-title";
import { getTerms } from "@/lib/content/cases";
import { decimalsOf, domainPath } from "@/lib/dataset/domain";
import type { Dataset } from "@/lib/dataset/load-dataset";
import { unifiedDiff } from "@/lib/desk/diff";
import { formulaCells } from "@/lib/desk/formula-cells";
import { cellOf } from "@/lib/desk/draft-data";
import { draftInput, EDITABLE, getDraft, type DeskDraft } from "@/lib/desk/drafts";
import { inspectDraft } from "@/lib/desk/inspect";
import { issueMessage, localizeIssue } from "@/lib/dataset/issues";
import { pageUser } from "@/lib/desk/page-user";
import { canReview } from "@/lib/desk/roles";
import { formatPartialDate } from "@/lib/format/date";
import { formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import { eventRow, observationRow, sourceRow } from "@/lib/schemas/data";
import type { DataKind, DraftRow } from "@/lib/schemas/desk";
import { EVENT_KINDS } from "@/lib/themes";

type Params = { locale: string; id: string };

export default async function DraftPage({ params }: { params: Promise<Params> }) {
  const { user, locale } = await pageUser(params);
  const id = Number((await params).id);
  const d = Number.isInteger(id) ? await getDraft(id) : null;
  if (!d) notFound();
  const t = await getTranslations({ locale, namespace: "Desk" });
  const td = await getTranslations({ locale, namespace: "Desk.dataDraft" });
  const insp = inspectDraft(draftInput(d));
  const isData = d.kind === "data";
  const region = insp.dataset.regions.find((r) => r.row.slug === d.slug)?.row;
  const regionName = region ? (locale === "zh" ? region.name_zh : region.name_en) : d.slug;
  const editable = d.authorId === user.id && (EDITABLE as readonly string[]).includes(d.status);
  const canDecide = canReview(user.role) && d.authorId !== user.id && d.status === "submitted";
  const langNames = { zh: locale === "zh" ? "中文" : "Chinese", en: locale === "zh" ? "英文" : "English" };
  // Raw templates: the client fills {count}, {line} and the like as things change.
  const pick = (ns: string, keys: string[]) => Object.fromEntries(keys.map((k) => [k, t.raw(`${ns}.${k}` as never) as string]));
  const sep = colon(locale);
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", { dateStyle: "medium", timeStyle: "short" });
  const title = draftTitle(d, locale);
  const issues = insp.issues.map((i) => localizeIssue(i, locale));
  const langOf = (file: string) => (["zh", "en"] as const).find((l) => file === `content/cases/${d.slug}/${l}.mdx`);
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
      {isData && <p data-kind="data">{td("about", { region: regionName, title: d.title })}</p>}
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
            t={{ ...pick("editor", ["checks", "checksOk", "checksCountOne", "checksCount", "submit", "submitBlocked"]), checksFile: td.raw("checksFile") as string, noRows: td("noRows"), colon: sep }}
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
          t={{ ...pick("editor", ["tabs", "sourceTab", "previewTab", "source", "saved", "saving", "unsaved", "failed", "conflictTitle", "conflictText", "stored", "yours", "useStored", "keepMine", "checks", "checksOk", "checksCountOne", "checksCount", "line", "insertInto", "figure", "term", "cite", "insert", "submit", "submitBlocked", "leaveWarning"]), colon: sep }}
          langNames={langNames}
          pickers={pickers(insp.dataset, d.slug, locale)}
        />
      ) : (
        <p className="muted">{t("editor.readOnly", { status: t(`status.${d.status as "draft"}`) })}</p>
      )}
      <DataPanel id={d.id} editable={editable} pending={d.pending} forms={forms(insp.dataset, locale)} t={{ ...pick("data", ["title", "intro", "sources", "observations", "events", "none", "remove", "add", "addSource", "addObservation", "addEvent", "invalid", "batch", "batchIntro", "preview", "apply", "added", "changed", "unchanged", "applied", "line"]), colon: sep, clause: clauseSeparator(locale), list: listSeparator(locale), ...(isData ? { intro: td("panelIntro") } : {}) }} />
      {isData ? (
        <AsReaders d={d} dataset={insp.dataset} locale={locale} />
      ) : editable ? null : (
        <div className="desk-columns desk-previews">
          {previews.zh}
          {previews.en}
        </div>
      )}
      <section aria-labelledby="desk-review-title">
        <h2 id="desk-review-title">{t("review.title")}</h2>
        {!editable && d.status !== "published" && <ReviewChecks issues={issues} version={d.version} locale={locale} langOf={(f) => { const l = langOf(f); return l && langNames[l]; }} />}
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
                    {formulaCells(f.path, f.after, l).map((c) => (
                      <strong key={c.column} className="desk-formula" role="note">
                        {"  ⚠ "}
                        {c.column}
                        {sep}
                        {issueMessage("formulaCell", { char: c.char }, locale as Locale)}
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
                <p>{c.body}</p>
              </li>
            ))}
          </ol>
        )}
        {canReview(user.role) && d.authorId === user.id && d.status === "submitted" && <p className="muted">{t("review.ownDraft")}</p>}
        {(d.authorId === user.id || canReview(user.role)) && d.status !== "published" && (
          <ReviewActions
            id={d.id}
            version={d.version}
            canDecide={canDecide}
            publishes={{ title, slug: d.slug, files: insp.files.map((f) => f.path) }}
            t={{ ...pick("review", ["comment", "addComment", "requestChanges", "approve", "refused", "confirmTitle", "confirmText", "confirm", "cancel"]), colon: sep }}
          />
        )}
      </section>
    </div>
  );
}

// A data change's pending figures and events, written as the site's pages will write them in each language.
async function AsReaders({ d, dataset, locale }: { d: DeskDraft; dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Desk.dataDraft" });
  const { observations, events } = d.pending;
  if (!observations.length && !events.length) return null;
  const indicator = new Map(dataset.indicators.map(({ row }) => [row.key, row]));
  const regionName = new Map(dataset.regions.map(({ row }) => [row.slug, locale === "zh" ? row.name_zh : row.name_en]));
  const basisName = new Map(dataset.bases.map(({ row }) => [row.key, locale === "zh" ? row.name_zh : row.name_en]));
  const value = (r: DraftRow, l: Locale) => {
    const [unit, v] = [indicator.get(cellOf(r, "indicator"))?.unit, cellOf(r, "value")];
    return unit && /^-?\d+(\.\d+)?$/.test(v) ? formatValue(Number(v), decimalsOf(v), unit, l) : v;
  };
  const date = (v: string | undefined, l: Locale) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v ?? "") ? formatPartialDate(v!, l) : v);
  return (
    <section className="desk-as-readers" aria-labelledby="desk-as-readers-title">
      <h2 id="desk-as-readers-title">{t("asReaders")}</h2>
      <p className="muted">{t("asReadersIntro")}</p>
      {observations.length > 0 && (
        <div className="desk-scroll">
          <table className="desk-table" data-kind="readers-observations">
            <thead>
              <tr>
                <th>{t("what")}</th>
                <th>{t("valueZh")}</th>
                <th>{t("valueEn")}</th>
              </tr>
            </thead>
            <tbody>
              {observations.map((r, i) => {
                const c = (p: string) => cellOf(r, p);
                const ind = indicator.get(c("indicator"));
                return (
                  <tr key={i}>
                    <td>
                      {regionName.get(c("region")) ?? c("region")} · {ind ? (locale === "zh" ? ind.name_zh : ind.name_en) : c("indicator")} · {c("year")}
                      {inParens(basisName.get(c("basis")) ?? c("basis"), locale)}
                    </td>
                    <td lang="zh-CN">{value(r, "zh")}</td>
                    <td lang="en">{value(r, "en")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {events.length > 0 && (
        <div className="desk-scroll">
          <table className="desk-table" data-kind="readers-events">
            <thead>
              <tr>
                <th>{t("valueZh")}</th>
                <th>{t("valueEn")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((r, i) => (
                <tr key={i}>
                  <td lang="zh-CN">
                    <time>{date(cellOf(r, "date"), "zh")}</time> {cellOf(r, "label.zh")}
                  </td>
                  <td lang="en">
                    <time>{date(cellOf(r, "date"), "en")}</time> {cellOf(r, "label.en")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function pickers(ds: Dataset, region: string, locale: "zh" | "en"): { figure: Pick[]; term: Pick[]; cite: Pick[] } {
  const obs = ds.observations.map((o) => o.row).filter((r) => r.region === region);
  const bases = (r: (typeof obs)[number]) => obs.filter((o) => o.indicator === r.indicator && o.year === r.year).length;
  return {
    figure: obs.map((r) => ({
      label: `${r.indicator} ${r.year}${colon(locale)}${r.value}${inParens(r.basis, locale)}`,
      snippet: `<Figure region="${r.region}" indicator="${r.indicator}" year={${r.year}}${bases(r) > 1 ? ` basis="${r.basis}"` : ""} />`,
    })),
    term: getTerms().map((g) => ({ label: `${locale === "zh" ? g.zh : g.en}${inParens(g.id, locale)}`, snippet: `<Term id="${g.id}" />` })),
    cite: ds.sources.map(({ row }) => ({ label: `${row.id}${colon(locale)}${locale === "zh" ? row.title : row.title_en}`.slice(0, 90), snippet: `<Cite id="${row.id}" />` })),
  };
}

function forms(ds: Dataset, locale: "zh" | "en"): Record<"sources" | "observations" | "events", FieldSpec[]> {
  const opt = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const regions = ds.regions.map(({ row }) => ({ value: row.slug, label: `${locale === "zh" ? row.name_zh : row.name_en}${inParens(row.slug, locale)}` }));
  const sources = opt(ds.sources.map((s) => s.row.id));
  const special: Record<string, FieldSpec["options"]> = {
    region: regions,
    indicator: ds.indicators.map(({ row }) => ({ value: row.key, label: `${locale === "zh" ? row.name_zh : row.name_en}${inParens(row.key, locale)}` })),
    basis: ds.bases.map(({ row }) => ({ value: row.key, label: `${locale === "zh" ? row.name_zh : row.name_en}${inParens(row.key, locale)}` })),
    source: sources,
    kind: opt([...EVENT_KINDS]),
    language: opt(["zh", "en"]),
  };
  // One field per CSV column, named by its path in the domain shape (label.zh, titleEn): the forms edit that shape.
  const spec = (kind: DataKind, columns: string[]): FieldSpec[] =>
    columns.map((c) => domainPath(kind, c)).map((name) => ({ name, options: special[name], wide: /title|note|label/i.test(name) }));
  return { sources: spec("sources", Object.keys(sourceRow.shape)), observations: spec("observations", Object.keys(observationRow.shape)), events: spec("events", Object.keys(eventRow.shape)) };
}

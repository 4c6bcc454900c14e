import "server-only";
import { getTerms } from "../content/cases";
import { decimalsOf, domainPath } from "../dataset/domain";
import type { Dataset } from "../dataset/load-dataset";
import { localizeIssue } from "../problems/issues";
import { formatPartialDate } from "../format/date";
import { formatValue } from "../format/number";
import { colon, inParens } from "../format/punct";
import type { Locale } from "../i18n/routing";
import { eventRow, observationRow, sourceRow } from "../schemas/data";
import { EVENT_KINDS } from "../themes";
import type { DataKind, DraftRow } from "../schemas/desk";
import { cellOf } from "./draft-data";
import { draftInput, EDITABLE, type DeskDraft } from "./drafts";
import { draftTitle } from "./draft-title";
import { inspectDraft } from "./inspect";
import { canReview } from "./roles";
import type { DeskUser } from "./session";

// What the draft's page shows, worked out here so the page only lays it out (labels come from the messages).
export type Pick = { label: string; snippet: string };
export type FieldSpec = { name: string; options?: { value: string; label: string }[]; wide?: boolean };
export type ReaderFigure = { what: string; basis: string; zh: string; en: string };
export type ReaderEvent = { zh: { date: string; label: string }; en: { date: string; label: string } };

// A row's name in the reader's language: every named table has name_zh and name_en.
const nameIn = (row: { name_zh: string; name_en: string }, locale: Locale) =>
  locale === "zh" ? row.name_zh : row.name_en;
const LANGS = ["zh", "en"] as const;

export function draftView(d: DeskDraft, user: DeskUser, locale: Locale) {
  const insp = inspectDraft(draftInput(d));
  const region = insp.dataset.regions.find((r) => r.row.slug === d.slug)?.row;
  const editable = d.authorId === user.id && (EDITABLE as readonly string[]).includes(d.status);
  return {
    inspection: insp,
    isData: d.kind === "data",
    title: draftTitle(d, locale),
    regionName: region ? nameIn(region, locale) : d.slug,
    editable,
    canDecide: canReview(user.role) && d.authorId !== user.id && d.status === "submitted",
    // The author sees "review your own draft" refused; reviewers and the author may comment until it is published.
    ownSubmitted: canReview(user.role) && d.authorId === user.id && d.status === "submitted",
    canComment: (d.authorId === user.id || canReview(user.role)) && d.status !== "published",
    issues: insp.issues.map((i) => localizeIssue(i, locale)),
    // Which language's text a checked file is, if it is one of the case's two MDX files.
    langOf: (file: string) => LANGS.find((l) => file === `content/cases/${d.slug}/${l}.mdx`),
    pickers: pickers(insp.dataset, d.slug, locale),
    forms: forms(insp.dataset, locale),
    readers: asReaders(d, insp.dataset, locale),
  };
}
export type DraftView = ReturnType<typeof draftView>;

// A data change's pending figures and events, written as the site's pages will write them in each language.
function asReaders(d: DeskDraft, ds: Dataset, locale: Locale): { figures: ReaderFigure[]; events: ReaderEvent[] } {
  const indicator = new Map(ds.indicators.map(({ row }) => [row.key, row]));
  const regionName = new Map(ds.regions.map(({ row }) => [row.slug, nameIn(row, locale)]));
  const basisName = new Map(ds.bases.map(({ row }) => [row.key, nameIn(row, locale)]));
  const value = (r: DraftRow, l: Locale) => {
    const [unit, v] = [indicator.get(cellOf(r, "indicator"))?.unit, cellOf(r, "value")];
    return unit && /^-?\d+(\.\d+)?$/.test(v) ? formatValue(Number(v), decimalsOf(v), unit, l) : v;
  };
  const date = (v: string | undefined, l: Locale) =>
    /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v ?? "") ? formatPartialDate(v!, l) : (v ?? "");
  return {
    figures: d.pending.observations.map((r) => {
      const c = (p: string) => cellOf(r, p);
      const ind = indicator.get(c("indicator"));
      return {
        what: `${regionName.get(c("region")) ?? c("region")} · ${ind ? nameIn(ind, locale) : c("indicator")} · ${c("year")}`,
        basis: inParens(basisName.get(c("basis")) ?? c("basis"), locale),
        zh: value(r, "zh"),
        en: value(r, "en"),
      };
    }),
    events: d.pending.events.map((r) => ({
      zh: { date: date(cellOf(r, "date"), "zh"), label: cellOf(r, "label.zh") },
      en: { date: date(cellOf(r, "date"), "en"), label: cellOf(r, "label.en") },
    })),
  };
}

// What the editor's "insert" menus offer: this region's figures, the glossary's terms and the sources.
function pickers(ds: Dataset, region: string, locale: Locale): { figure: Pick[]; term: Pick[]; cite: Pick[] } {
  const obs = ds.observations.map((o) => o.row).filter((r) => r.region === region);
  const bases = (r: (typeof obs)[number]) => obs.filter((o) => o.indicator === r.indicator && o.year === r.year).length;
  return {
    figure: obs.map((r) => ({
      label: `${r.indicator} ${r.year}${colon(locale)}${r.value}${inParens(r.basis, locale)}`,
      snippet: `<Figure region="${r.region}" indicator="${r.indicator}" year={${r.year}}${bases(r) > 1 ? ` basis="${r.basis}"` : ""} />`,
    })),
    term: getTerms().map((g) => ({ label: `${g[locale]}${inParens(g.id, locale)}`, snippet: `<Term id="${g.id}" />` })),
    cite: ds.sources.map(({ row }) => ({
      label: `${row.id}${colon(locale)}${locale === "zh" ? row.title : row.title_en}`.slice(0, 90),
      snippet: `<Cite id="${row.id}" />`,
    })),
  };
}

// The data panel's forms: one field per column, with the choices the dataset allows.
function forms(ds: Dataset, locale: Locale): Record<"sources" | "observations" | "events", FieldSpec[]> {
  const opt = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const option = (value: string, row: { name_zh: string; name_en: string }) => ({
    value,
    label: `${nameIn(row, locale)}${inParens(value, locale)}`,
  });
  const special: Record<string, FieldSpec["options"]> = {
    region: ds.regions.map(({ row }) => option(row.slug, row)),
    indicator: ds.indicators.map(({ row }) => option(row.key, row)),
    basis: ds.bases.map(({ row }) => option(row.key, row)),
    source: opt(ds.sources.map((s) => s.row.id)),
    kind: opt([...EVENT_KINDS]),
    language: opt([...LANGS]),
  };
  // One field per CSV column, named by its path in the domain shape (label.zh, titleEn): the forms edit that shape.
  const spec = (kind: DataKind, columns: string[]): FieldSpec[] =>
    columns
      .map((c) => domainPath(kind, c))
      .map((name) => ({ name, options: special[name], wide: /title|note|label|inferred/i.test(name) }));
  return {
    sources: spec("sources", Object.keys(sourceRow.shape)),
    observations: spec("observations", Object.keys(observationRow.shape)),
    events: spec("events", Object.keys(eventRow.shape)),
  };
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseBody } from "@/components/case/case-body";
import { EditionChanges } from "@/components/editions/edition-changes";
import { EditionFiguresTable } from "@/components/editions/edition-figures";
import { editionSummary } from "@/components/editions/summary";
import {
  citeElement,
  observationElement,
  termElement,
  timelineElement,
  type CaseElements,
} from "@/lib/content/case-html";
import type { FigureAttrs } from "@/lib/content/case-page";
import { getCase, getCaseSlugs, getTerm } from "@/lib/content/cases";
import { getEvents, getIndicators, getSourcesById } from "@/lib/data/queries";
import { sourceRefs } from "@/lib/data/source-refs";
import { currentEdition, editionsPath, publishedEditions } from "@/lib/editions";
import { editionView } from "@/lib/editions/edition-page";
import { formatPartialDate } from "@/lib/format/date";
import { inferredFrom } from "@/lib/format/punct";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";
import { openPage } from "@/lib/i18n/open-page";

type Params = { locale: string; slug: string; n: string };

export const dynamicParams = false;

// One page per published edition, in both languages: a permanent URL that never changes once built.
export function generateStaticParams(): Params[] {
  return routing.locales.flatMap((locale) =>
    getCaseSlugs().flatMap((slug) => publishedEditions(slug).map((e) => ({ locale, slug, n: String(e.number) }))),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug, n, t } = await openPage(params, "Editions");
  const view = isLocale(locale) ? editionView(slug, Number(n), locale) : undefined;
  if (!view) return {};
  return pageMetadata({
    locale,
    path: `/cases/${slug}/editions/${n}`,
    title: t("pageTitle", { title: view.title, number: view.edition.number }),
    description: view.summary,
  });
}

export default async function EditionPage({ params }: { params: Promise<Params> }) {
  const { locale, slug, n, t } = await openPage(params, "Editions");
  const doc = getCase(slug, locale);
  const view = editionView(slug, Number(n), locale);
  if (!doc || !view) notFound();
  const tc = await getTranslations({ locale, namespace: "Case" });
  const { edition } = view;
  const current = currentEdition(slug);
  const isCurrent = !current.unpublished && current.number === edition.number;
  const date = formatPartialDate(edition.date, locale);

  // Sources numbered as the edition listed them, then the others its figures and the timeline cite.
  const events = view.region ? await getEvents(view.region) : [];
  const order = [
    ...new Set([...view.sources, ...view.figures.rows.map((r) => r.source), ...events.map((e) => e.source)]),
  ];
  const sourceNumber = (id: string) => order.indexOf(id) + 1;

  // An indicator's unit as the edition recorded it, else today's.
  const units = new Map((await getIndicators()).map((i) => [i.key, i.unit]));
  const elements: CaseElements = {
    Figure: (attrs) => {
      const o = view.figureAt({ ...(attrs as FigureAttrs), year: Number(attrs.year) });
      if (typeof o === "string")
        return {
          type: "element",
          tagName: "span",
          properties: { className: ["figure-missing"] },
          children: [{ type: "text", value: t("figureMissing") }],
        };
      const inferred = o.yearInferred && tc("yearInferred", { from: inferredFrom(o.yearInferred[locale]) });
      return observationElement(
        o,
        view.unitOf(o.indicator) ?? units.get(o.indicator)!,
        locale,
        sourceNumber(o.source),
        inferred || undefined,
      );
    },
    Term: ({ id }, children) => {
      const term = getTerm(id);
      return term
        ? termElement(id, locale, term, children)
        : { type: "element", tagName: "span", properties: {}, children };
    },
    Cite: ({ id }) => citeElement(id, sourceNumber(id)),
    Timeline: () =>
      view.region ? timelineElement(events, locale, sourceNumber, tc("timelineEmpty")) : { type: "text", value: "" },
  };

  return (
    <article className="case edition" data-edition={edition.number}>
      <header className="case-header">
        <div className={isCurrent ? "edition-banner" : "edition-banner old"} role="note">
          <p>
            {isCurrent
              ? t("currentBanner", { number: edition.number, date })
              : t("oldBanner", { number: edition.number, date })}
          </p>
          <p>
            {!isCurrent && (
              <>
                <a href={`/${locale}/cases/${slug}`} data-testid="current-edition">
                  {t("readCurrent", { number: current.number })}
                </a>{" "}
                ·{" "}
              </>
            )}
            <a href={`/${locale}${editionsPath(slug)}`}>{t("allEditions")}</a>
          </p>
        </div>
        <p className="eyebrow">{t("edition", { number: edition.number })}</p>
        <h1>{view.title}</h1>
        <p className="summary">{view.summary}</p>
      </header>
      <section aria-labelledby="what-changed" className="edition-what">
        <h2 id="what-changed">{t("whatChanged")}</h2>
        <p className="edition-summary">{await editionSummary(edition.changes, locale)}</p>
        <EditionChanges edition={edition} locale={locale} units={view.figures.units} />
        <p className="muted">{t("asThen")}</p>
      </section>
      {view.tree && <CaseBody tree={view.tree} locale={locale} elements={elements} />}
      <section aria-labelledby="figures-then">
        <h2 id="figures-then">{t("figuresThen")}</h2>
        <EditionFiguresTable view={view} locale={locale} sourceNumber={sourceNumber} />
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">{tc("sources")}</h2>
        <EditionSources ids={order} locale={locale} />
      </section>
    </article>
  );
}

// The numbered sources, as listed today; an id the library no longer has is shown as it was written.
async function EditionSources({ ids, locale }: { ids: string[]; locale: Locale }) {
  const tc = await getTranslations({ locale, namespace: "Case" });
  const byId = await getSourcesById();
  const known = ids.map((id) => byId.get(id)).filter((s) => s !== undefined);
  const refs = sourceRefs(known, locale, tc("undated"));
  return (
    <ol className="edition-sources">
      {ids.map((id) => {
        const s = byId.get(id);
        const title = s ? (locale === "en" && s.language !== "en" ? s.titleEn : s.title) : id;
        return (
          <li key={id} id={`source-${id}`}>
            {title}
            {refs[id] && <span className="muted"> — {refs[id].label}</span>}
            {s?.url && (
              <>
                {" "}
                <a href={s.url}>{s.url}</a>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

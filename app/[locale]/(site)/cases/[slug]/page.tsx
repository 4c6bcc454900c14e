import { colon, inferredFrom } from "@/lib/format/punct";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CiteThis } from "@/components/case/cite-this";
import { DisagreementList } from "@/components/case/disagreement-list";
import { KeyFactsPanel } from "@/components/case/key-facts";
import { OtherIndicators } from "@/components/case/other-indicators";
import { CiteFiles, SourceList } from "@/components/case/source-list";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { CaseBody } from "@/components/case/case-body";
import { HydrateLater } from "@/components/layout/hydrate-later";
import {
  citeElement,
  observationElement,
  termElement,
  timelineElement,
  type CaseElements,
} from "@/lib/content/case-html";
import { getCase, getCaseSlugs, getTerm, parsedCase } from "@/lib/content/cases";
import { casePageData, type FigureAttrs } from "@/lib/content/case-page";
import { getEvents, getIndicators } from "@/lib/data/queries";
import { citedEdition, currentEdition, editions, editionsPath } from "@/lib/editions";
import { formatPartialDate, today } from "@/lib/format/date";
import { caseCitation } from "@/lib/site/citations";
import { pageMetadata, SITE_URL, SITE_URL_SET } from "@/lib/i18n/metadata";
import { isLocale, routing } from "@/lib/i18n/routing";
import { openPage } from "@/lib/i18n/open-page";

type Params = { locale: string; slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return routing.locales.flatMap((locale) => getCaseSlugs().map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = await params;
  const doc = isLocale(locale) ? getCase(slug, locale) : undefined;
  if (!doc) return {};
  return pageMetadata({ locale: doc.locale, path: `/cases/${slug}`, title: doc.title, description: doc.summary });
}

export default async function CasePage({ params }: { params: Promise<Params> }) {
  const { locale, slug, t } = await openPage(params, "Case");
  const doc = getCase(slug, locale);
  if (!doc) notFound();

  const tc = await getTranslations({ locale, namespace: "Chart" });
  const builtOn = today();
  const te = await getTranslations({ locale, namespace: "Editions" });
  const data = await casePageData(doc);
  const { sourceNumber, figureAt } = data;
  // The edition this page shows: numbered and dated from the content history; its permanent URL is what a citation cites.
  const edition = currentEdition(slug);
  const editionDate = formatPartialDate(edition.date, locale);
  const noHistory = editions().status === "no-history";
  const editionText = noHistory
    ? te("noHistory")
    : edition.unpublished
      ? te("unpublished", { number: edition.number, date: editionDate })
      : te("editionOn", { number: edition.number, date: editionDate });

  const units = new Map((await getIndicators()).map((i) => [i.key, i.unit]));
  const events = await getEvents(doc.region);
  const elements: CaseElements = {
    Figure: (attrs) => {
      const o = figureAt(attrs as FigureAttrs);
      // A year the source does not state says what it was inferred from, as the chart, table and key facts do.
      const inferred = o.yearInferred && t("yearInferred", { from: inferredFrom(o.yearInferred[locale]) });
      return observationElement(o, units.get(o.indicator)!, locale, sourceNumber(o.source), inferred || undefined);
    },
    Term: ({ id }, children) => {
      const term = getTerm(id);
      if (!term) throw new Error(`<Term id="${id}">: no content/glossary/${id}.yaml`);
      return termElement(id, locale, term, children);
    },
    Cite: ({ id }) => citeElement(id, sourceNumber(id)),
    Timeline: () => timelineElement(events, locale, sourceNumber, t("timelineEmpty")),
  };

  return (
    <article className="case" data-pagefind-body>
      <header className="case-header">
        <p className="eyebrow">{data.facts.region.name[locale]}</p>
        <h1>{doc.title}</h1>
        <p className="summary">{doc.summary}</p>
        <p className="meta" data-pagefind-ignore>
          {edition.unpublished ? (
            <span data-edition={edition.number}>{te("unpublishedShort")}</span>
          ) : (
            <a href={`/${locale}${edition.path}`} data-edition={edition.number} data-date={edition.date}>
              {editionText}
            </a>
          )}{" "}
          · <a href={`/${locale}${editionsPath(slug)}`}>{te("allEditions")}</a> ·{" "}
          <span>{t("readingTime", { minutes: doc.readingMinutes })}</span>
        </p>
        {edition.unpublished && (
          <p className="notice" data-pagefind-ignore>
            {editionText}
          </p>
        )}
      </header>
      <nav className="toc" aria-labelledby="toc-title" data-pagefind-ignore="all">
        <h2 id="toc-title">{t("contents")}</h2>
        <ol>
          <li>
            <a href="#key-facts">{t("keyFacts")}</a>
          </li>
          <li>
            <a href="#incidence-chart">{tc("incidenceTitle", { region: data.facts.region.name[locale] })}</a>
          </li>
          {doc.headings
            .filter((h) => h.depth === 2)
            .map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          {data.others.length > 0 && (
            <li>
              <a href="#other-indicators">{tc("otherIndicators")}</a>
            </li>
          )}
          {data.disagreements.length > 0 && (
            <li>
              <a href="#disagreements">{t("disagreements")}</a>
            </li>
          )}
          <li>
            <a href="#sources">{t("sources")}</a>
          </li>
          <li>
            <a href="#cite">{t("citeThis")}</a>
          </li>
        </ol>
      </nav>
      <HydrateLater>
        <section aria-labelledby="key-facts">
          <h2 id="key-facts">{t("keyFacts")}</h2>
          <KeyFactsPanel
            facts={data.facts}
            cited={doc.facts}
            period={doc.period}
            locale={locale}
            sourceNumber={sourceNumber}
            disputed={data.disputed}
          />
        </section>
      </HydrateLater>
      <HydrateLater>
        <IndicatorChart
          id="incidence-chart"
          title={tc("incidenceTitle", { region: data.facts.region.name[locale] })}
          series={data.incidence.series}
          unit={data.incidence.unit}
          locale={locale}
          sources={data.sourceRefs}
          events={data.chartEvents}
          regionDataHref={data.regionDataHref}
          emptyMessage={tc("noData", { region: data.facts.region.name[locale] })}
          disagreementsHref=""
        />
      </HydrateLater>
      <CaseBody tree={parsedCase(slug, locale).tree!} locale={locale} elements={elements} />
      <HydrateLater>
        {data.others.length > 0 && (
          <section aria-labelledby="other-indicators">
            <h2 id="other-indicators">{tc("otherIndicators")}</h2>
            <OtherIndicators
              others={data.others}
              regionName={data.facts.region.name[locale]}
              locale={locale}
              sources={data.sourceRefs}
              regionDataHref={data.regionDataHref}
              disagreementsHref=""
            />
          </section>
        )}
      </HydrateLater>
      <HydrateLater>
        {data.disagreements.length > 0 && (
          <section aria-labelledby="disagreements">
            <h2 id="disagreements">{t("disagreements")}</h2>
            <p>{t("disagreementsIntro")}</p>
            <DisagreementList
              disagreements={data.disagreements}
              locale={locale}
              cite={(id) => ({ href: `#source-${id}`, label: `[${sourceNumber(id)}] ${data.sourceRefs[id]!.label}` })}
            />
          </section>
        )}
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="sources">
          <h2 id="sources">{t("sources")}</h2>
          <SourceList sources={data.sources} supports={data.supports} locale={locale} />
          <p>
            <CiteFiles base={`/${locale}/cases/${slug}/sources`} label={t("exportSources")} colonText={colon(locale)} />
          </p>
        </section>
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="cite" className="cite-section">
          <h2 id="cite">{t("citeThis")}</h2>
          <CiteThis
            item={caseCitation(slug, locale, { accessed: builtOn, edition: citedEdition(slug, locale) })!}
            path={`/${locale}${edition.path}`}
            files={`/${locale}/cases/${slug}`}
            siteUrl={SITE_URL_SET ? SITE_URL : null}
            builtOn={builtOn}
            editionNote={noHistory ? te("noHistory") : te("citeEdition", { number: edition.number, date: editionDate })}
            locale={locale}
          />
        </section>
      </HydrateLater>
    </article>
  );
}

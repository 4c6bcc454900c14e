import { colon } from "@/lib/format/punct";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CiteThis } from "@/components/case/cite-this";
import { DisagreementList } from "@/components/case/disagreement-list";
import { KeyFactsPanel } from "@/components/case/key-facts";
import { OtherIndicators } from "@/components/case/other-indicators";
import { SourceList } from "@/components/case/source-list";
import { Timeline } from "@/components/case/timeline";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { Cite } from "@/components/mdx/cite";
import { Figure } from "@/components/mdx/figure";
import { Term } from "@/components/mdx/term";
import { CaseBody } from "@/components/case/case-body";
import { HydrateLater } from "@/components/layout/hydrate-later";
import { getCase, getCaseSlugs, parsedCase } from "@/lib/content/cases";
import { casePageData, type FigureAttrs } from "@/lib/content/case-page";
import { today } from "@/lib/format/citation";
import { currentEdition, editions, editionsPath } from "@/lib/editions";
import { formatPartialDate } from "@/lib/format/date";
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
  const site = await getTranslations({ locale, namespace: "Site" });
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

  const components = {
    Figure: (p: FigureAttrs) => <Figure o={figureAt(p)} locale={locale} sourceNumber={sourceNumber} />,
    Term: (p: { id: string; children?: React.ReactNode }) => <Term {...p} locale={locale} />,
    Cite: (p: { id: string }) => <Cite {...p} sourceNumber={sourceNumber} />,
    Timeline: () => <Timeline region={doc.region} locale={locale} sourceNumber={sourceNumber} />,
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
      <HydrateLater>
        <div className="prose">
          <CaseBody tree={parsedCase(slug, locale).tree!} locale={locale} components={components} />
        </div>
      </HydrateLater>
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
        </section>
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="cite" className="cite-section">
          <h2 id="cite">{t("citeThis")}</h2>
          <CiteThis
            input={{
              site: site("name"),
              title: doc.title,
              updated: edition.date,
              locale,
              key: `pcl-${slug}-${locale}`,
            }}
            path={`/${locale}${edition.path}`}
            siteUrl={SITE_URL_SET ? SITE_URL : null}
            builtOn={today()}
            labels={{
              gbt7714: t("gbt7714"),
              apa7: t("apa7"),
              bibtex: t("bibtex"),
              ris: t("ris"),
              copy: t("copy"),
              copied: t("copied"),
              accessedNote: t("accessedNote"),
              permalink: t("permalink"),
              colon: colon(locale),
              updated: noHistory ? te("noHistory") : te("citeEdition", { number: edition.number, date: editionDate }),
            }}
          />
        </section>
      </HydrateLater>
    </article>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditionChanges } from "@/components/editions/edition-changes";
import { editionSummary } from "@/components/editions/summary";
import { getCase, getCaseSlugs } from "@/lib/content/cases";
import { caseEditions, editionOf, editionPath, editions } from "@/lib/editions";
import { formatPartialDate } from "@/lib/format/date";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale, routing } from "@/lib/i18n/routing";
import { openPage } from "@/lib/i18n/open-page";

type Params = { locale: string; slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return routing.locales.flatMap((locale) => getCaseSlugs().map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug, t } = await openPage(params, "Editions");
  const doc = isLocale(locale) ? getCase(slug, locale) : undefined;
  if (!doc) return {};
  return pageMetadata({ locale, path: `/cases/${slug}/editions`, title: t("listTitle", { title: doc.title }) });
}

// Every edition of a case, newest first, each with its date, its summary and what it changed; the working copy's
// changes first when the build has any (they have no page of their own).
export default async function EditionsPage({ params }: { params: Promise<Params> }) {
  const { locale, slug, t } = await openPage(params, "Editions");
  const doc = getCase(slug, locale);
  if (!doc) notFound();
  const list = caseEditions(slug).toReversed();
  return (
    <article className="editions-page">
      <p className="eyebrow">{doc.title}</p>
      <h1>{t("listHeading")}</h1>
      <p className="lead">{t("listIntro")}</p>
      <p className="muted">{t("figuresRule")}</p>
      <p>
        <a href={`/${locale}/cases/${slug}`}>{t("backToCase")}</a>
      </p>
      {editions().status === "no-history" && <p className="notice">{t("noHistory")}</p>}
      <ol className="edition-list" reversed>
        {await Promise.all(
          list.map(async (e) => {
            const date = formatPartialDate(e.date, locale);
            const units = e.commit ? editionOf(slug, e.number)?.figures.units : undefined;
            return (
              <li key={e.number} id={`edition-${e.number}`} data-edition={e.number}>
                <h2>
                  {e.commit ? (
                    <a href={`/${locale}${editionPath(slug, e.number)}`}>{t("edition", { number: e.number })}</a>
                  ) : (
                    t("unpublishedHeading")
                  )}
                </h2>
                <p className="meta">
                  <time dateTime={e.date}>{date}</time>
                  {e.commit && <> · {t("commit", { commit: e.commit.slice(0, 10) })}</>}
                </p>
                <p className="edition-summary">{await editionSummary(e.changes, locale)}</p>
                <EditionChanges edition={e} locale={locale} units={units} />
              </li>
            );
          }),
        )}
      </ol>
    </article>
  );
}

import { getTranslations } from "next-intl/server";
import { getCase, getCaseSlugs } from "@/lib/content/cases";
import { CHANGELOG_PAGE, changelog, changelogPages, dataEdition, editionPath, type Edition } from "@/lib/editions";
import { formatPartialDate } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/routing";
import { editionSummary } from "./summary";

const pageHref = (locale: Locale, n: number) => (n === 1 ? `/${locale}/changelog` : `/${locale}/changelog/page/${n}`);

// Editions in order, grouped by their date.
function byDate(list: Edition[]): [string, Edition[]][] {
  const groups: [string, Edition[]][] = [];
  for (const e of list) {
    const last = groups.at(-1);
    if (last?.[0] === e.date) last[1].push(e);
    else groups.push([e.date, [e]]);
  }
  return groups;
}

// New editions across the library, newest first, with the edition of the data above them.
export async function Changelog({ locale, page }: { locale: Locale; page: number }) {
  const t = await getTranslations({ locale, namespace: "Editions" });
  const tc = await getTranslations({ locale, namespace: "Cases" });
  const all = changelog(getCaseSlugs());
  const pages = changelogPages(getCaseSlugs());
  const shown = all.slice((page - 1) * CHANGELOG_PAGE, page * CHANGELOG_PAGE);
  const data = dataEdition();
  return (
    <div className="changelog">
      <h1>{t("changelogTitle")}</h1>
      <p className="lead">{t("changelogIntro")}</p>
      <p className="muted">
        <a href={`/${locale}/data`}>
          {data.unpublished
            ? t("dataEditionUnpublished", { number: data.number - 1 })
            : t("dataEditionLine", { number: data.number, date: formatPartialDate(data.date, locale) })}
        </a>
      </p>
      {await Promise.all(
        byDate(shown).map(async ([date, list]) => (
          <section key={date} aria-labelledby={`changelog-${date}`}>
            <h2 id={`changelog-${date}`}>
              <time dateTime={date}>{formatPartialDate(date, locale)}</time>
            </h2>
            <ul className="changelog-list">
              {await Promise.all(
                list.map(async (e) => (
                  <li key={`${e.slug}-${e.number}`} data-edition={`${e.slug}/${e.number}`}>
                    <h3>
                      <a href={`/${locale}${editionPath(e.slug, e.number)}`}>
                        {t("pageTitle", {
                          title: getCase(e.slug, locale)?.title ?? e.title[locale],
                          number: e.number,
                        })}
                      </a>
                    </h3>
                    <p>{await editionSummary(e.changes, locale)}</p>
                  </li>
                )),
              )}
            </ul>
          </section>
        )),
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={tc("pages")}>
          <span>
            {page > 1 && (
              <a href={pageHref(locale, page - 1)} rel="prev">
                {tc("previous")}
              </a>
            )}
          </span>
          <span aria-current="page">{tc("pageOf", { page, pages })}</span>
          <span>
            {page < pages && (
              <a href={pageHref(locale, page + 1)} rel="next">
                {tc("next")}
              </a>
            )}
          </span>
        </nav>
      )}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { CaseCard } from "@/components/case/case-card";
import { getCaseCards } from "@/lib/content/case-cards";
import { caseFilterOptions, caseIndexPage } from "@/lib/content/case-index";
import { getTerm } from "@/lib/content/cases";
import { getRegions } from "@/lib/data/queries";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { CASE_SORTS, casesHref, isFiltered, type CaseQuery } from "@/lib/schemas/case-query";
import { LEVELS, THEMES } from "@/lib/themes";

/** One page of the case index with its filter form: a plain GET form, so it works without JavaScript. */
export async function CaseIndex({ locale, query }: { locale: Locale; query: CaseQuery }) {
  const [t, tl, tt] = await Promise.all([
    getTranslations({ locale, namespace: "Cases" }),
    getTranslations({ locale, namespace: "Levels" }),
    getTranslations({ locale, namespace: "Themes" }),
  ]);
  const result = await caseIndexPage(locale, query);
  const cards = await getCaseCards(
    locale,
    (region, text) => t("sparkLabel", { region, text: text ?? "—" }),
    result.docs,
  );
  const options = caseFilterOptions(locale);
  const term = query.term ? getTerm(query.term) : undefined;
  const regions = await getRegions();
  const provinceName = (slug: string) => regions.find((r) => r.slug === slug)?.name[locale] ?? slug;
  const years = Array.from({ length: options.years.max - options.years.min + 1 }, (_, i) => options.years.min + i);
  const select = (name: string, label: string, value: string, list: { value: string; label: string }[], any = true) => (
    <label>
      {label}{" "}
      <select name={name} defaultValue={value}>
        {any && <option value="">{t("any")}</option>}
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {/* On a phone the filters fold away under one line (open while a filter applies), so the first card is on the
          first screen; on a wider screen they are always shown (globals.css). */}
      <details className="filters-fold" open={isFiltered(query) || undefined}>
        <summary>{t("filtersSummary")}</summary>
        <form className="filters" method="get" action={`/${locale}/cases/filter`}>
          {select(
            "province",
            t("filterProvince"),
            query.province ?? "",
            options.provinces.map((p) => ({ value: p, label: provinceName(p) })),
          )}
          {select(
            "level",
            t("filterLevel"),
            query.level ?? "",
            LEVELS.filter((l) => options.levels.includes(l)).map((l) => ({ value: l, label: tl(l) })),
          )}
          {select(
            "year",
            t("filterYear"),
            query.year === undefined ? "" : String(query.year),
            years.map((y) => ({ value: String(y), label: String(y) })),
          )}
          {select(
            "sort",
            t("sort"),
            query.sort,
            CASE_SORTS.map((s) => ({ value: s, label: t(`sort${s[0]!.toUpperCase()}${s.slice(1)}` as "sortTitle") })),
            false,
          )}
          {query.term && <input type="hidden" name="term" value={query.term} />}
          <fieldset>
            <legend>{t("filterThemes")}</legend>
            {THEMES.filter((th) => options.themes.includes(th)).map((th) => (
              <label key={th} className="theme-option">
                <input type="checkbox" name="theme" value={th} defaultChecked={query.theme.includes(th)} /> {tt(th)}
              </label>
            ))}
          </fieldset>
          <button type="submit">{t("apply")}</button>
          {isFiltered(query) && <Link href="/cases">{t("reset")}</Link>}
        </form>
      </details>
      <p data-testid="cases-shown">
        {t("shown", { count: result.total })}
        {term ? ` · ${t("withTerm", { term: locale === "zh" ? term.zh : term.en })}` : ""}
      </p>
      {result.total === 0 && <p>{t("none")}</p>}
      <div className="card-grid">
        {cards.map((card) => (
          <CaseCard key={card.slug} card={card} locale={locale} />
        ))}
      </div>
      {result.pages > 1 && (
        <nav className="pager" aria-label={t("pages")}>
          <span>
            {result.page > 1 && (
              <>
                <Link href={casesHref(query, 1)}>{t("first")}</Link>{" "}
                <Link href={casesHref(query, result.page - 1)} rel="prev">
                  {t("previous")}
                </Link>
              </>
            )}
          </span>
          <span aria-current="page">{t("pageOf", { page: result.page, pages: result.pages })}</span>
          <span>
            {result.page < result.pages && (
              <>
                <Link href={casesHref(query, result.page + 1)} rel="next">
                  {t("next")}
                </Link>{" "}
                <Link href={casesHref(query, result.pages)}>{t("last")}</Link>
              </>
            )}
          </span>
        </nav>
      )}
    </>
  );
}

import { DataTable } from "@/components/charts/data-table";
import { SeriesLineChart } from "@/components/charts/line-chart";
import type { ChartLabels } from "@/lib/charts/types";
import type { SourceRef } from "@/lib/data/source-refs";
import { COMPARE_MAX, type CompareData, type IndicatorGroup } from "@/lib/compare/compare";
import type { Locale } from "@/lib/i18n/routing";
import { THEMES, type Level } from "@/lib/themes";
import { CompareAutoApply } from "./compare-auto-apply";
import { clauseJoin, inParens, listJoin } from "@/lib/format/punct";
import { ChangeTable, FactsTable, MeasuresMatrix, type CompareLabels } from "./compare-tables";

export type CompareFormLabels = {
  addRegion: string;
  addNone: string;
  show: string;
  noDataMark: string;
  levels: Record<Level, string>;
  groups: Record<IndicatorGroup | "first", string>;
};

type Props = {
  data: CompareData;
  locale: Locale;
  labels: CompareLabels;
  form: CompareFormLabels;
  chartLabels: Omit<ChartLabels, "title">;
  sources: Record<string, SourceRef>;
};

// A real GET form: it works without JavaScript, and the small script applies a change at once.
export function CompareView({ data, locale, labels, form, chartLabels, sources }: Props) {
  const { regions: chosen, series, indicator: ind } = data;
  const chosenSlugs = chosen.map((r) => r.slug);
  const bases = [...new Set(series.map((s) => s.basisName))];
  // The title names the indicator; the chart's subtitle names the regions drawn, and the note above it those with none.
  const title = ind.name;
  const groups = [...new Set(data.indicators.map((i) => i.group))];
  return (
    <div className="compare">
      <form
        className="compare-form"
        method="get"
        action={`/${locale}/compare`}
        key={`${chosenSlugs.join(",")}|${ind.key}`}
      >
        <fieldset className="picker">
          <legend>{labels.pickRegions}</legend>
          {chosen.map((r) => (
            <label key={r.slug} className="picker-option">
              <input type="checkbox" name="regions" value={r.slug} defaultChecked /> {r.name}
            </label>
          ))}
          {chosen.length < COMPARE_MAX && (
            <label className="picker-add">
              {form.addRegion}{" "}
              <select name="add" defaultValue="">
                <option value="">{form.addNone}</option>
                {data.options.map((g) => (
                  <optgroup key={g.level} label={form.levels[g.level]}>
                    {g.regions
                      .filter((r) => !chosenSlugs.includes(r.slug))
                      .map((r) => (
                        <option key={r.slug} value={r.slug}>
                          {r.name}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </label>
          )}
          <p className="muted">{labels.pickHint}</p>
        </fieldset>
        <div className="compare-form-row">
          <label className="indicator-picker">
            {labels.pickIndicator}{" "}
            <select name="indicator" defaultValue={ind.key}>
              {groups.map((g) => (
                <optgroup key={g} label={form.groups[g]}>
                  {data.indicators
                    .filter((i) => i.group === g)
                    .map((i) => (
                      <option key={i.key} value={i.key} data-none={i.chosenHave ? undefined : ""}>
                        {i.chosenHave ? i.name : `${i.name}${inParens(form.noDataMark, locale)}`}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit" className="compare-submit">
            {form.show}
          </button>
        </div>
        <CompareAutoApply />
      </form>
      <p className="visually-hidden" role="status" data-testid="compare-status">
        {labels.status.replace("{indicator}", ind.name).replace(
          "{regions}",
          listJoin(
            chosen.map((r) => r.name),
            locale,
          ),
        )}
      </p>
      {chosen.length === 1 && (
        <p className="gap-note" role="note" data-testid="compare-one">
          {labels.oneRegion}
        </p>
      )}
      {data.missing.length > 0 && (
        <p className="gap-note" role="note" data-testid="compare-missing">
          {labels.noData.replace("{regions}", listJoin(data.missing, locale))}
        </p>
      )}
      {bases.length > 1 && (
        <p className="basis-note" role="note">
          {labels.basesDiffer}
          {locale === "en" ? " " : ""}
          {clauseJoin(bases, locale)}
        </p>
      )}
      <figure className="chart-figure" id="compare-chart" aria-labelledby="compare-chart-title">
        <figcaption id="compare-chart-title" className="chart-title">
          {title}
        </figcaption>
        <div className="chart-layout">
          {series.some((s) => s.points.length) ? (
            <SeriesLineChart
              id="compare-chart"
              series={series}
              unit={ind.unit}
              locale={locale}
              labels={{ ...chartLabels, title }}
              sources={sources}
              tableId="compare-table"
            />
          ) : (
            <div />
          )}
          <div>
            <div className="table-scroll">
              <ChangeTable series={series} unit={ind.unit} locale={locale} labels={labels} />
            </div>
            <DataTable
              series={series}
              unit={ind.unit}
              locale={locale}
              caption={labels.byYear}
              labels={{
                year: chartLabels.year,
                source: chartLabels.source,
                disputed: chartLabels.disputed,
                notes: chartLabels.tableNotes,
                yearInferred: chartLabels.yearInferred,
              }}
              sources={sources}
              id="compare-table"
            />
          </div>
        </div>
      </figure>
      <h2 id="measures-matrix">{labels.measures}</h2>
      {chosen.some((r) => !r.caseSlug) && (
        <p className="muted">
          {labels.noCase.replace(
            "{regions}",
            listJoin(
              chosen.filter((r) => !r.caseSlug).map((r) => r.name),
              locale,
            ),
          )}
        </p>
      )}
      <MeasuresMatrix regions={chosen.filter((r) => r.caseSlug)} themes={THEMES} labels={labels} locale={locale} />
      <h2 id="key-facts">{labels.keyFacts}</h2>
      <FactsTable regions={chosen} labels={labels} />
    </div>
  );
}

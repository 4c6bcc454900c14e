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
import type { compareDrawing } from "./compare-drawing";
import { formatPartialDate } from "@/lib/format/date";
import { colon } from "@/lib/format/punct";
import { ALIGNS, CAMPAIGN_SOURCES, EXIT_RULES, SCALES, type Align, type Scale } from "@/lib/charts/view";

const CAMPAIGN_CITES: readonly string[] = CAMPAIGN_SOURCES;

export type ViewFormLabels = {
  legend: string;
  scale: string;
  scales: Record<Scale, string>;
  align: string;
  aligns: Record<Align, string>;
  marks: string;
  marksShow: string;
  marksHide: string;
};
export type ViewNotes = {
  ownBase: string;
  anchors: string;
  inherited: string;
  milestones: string;
  offLine: string;
  noAnchor: string;
  zeroBase: string;
  bandNote: string;
  rulesNote: string;
};

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
  drawing: ReturnType<typeof compareDrawing>;
  viewForm: ViewFormLabels;
  viewNotes: ViewNotes;
  regionNames: Record<string, string>;
};

// A real GET form: it works without JavaScript, and the small script applies a change at once.
export function CompareView({
  data,
  locale,
  labels,
  form,
  chartLabels,
  sources,
  drawing,
  viewForm,
  viewNotes,
  regionNames,
}: Props) {
  const { view } = data.selection;
  const { drawn } = drawing;
  const seriesRegion = new Map(data.series.map((s) => [s.id, s.region]));
  const leftOut = (reason: "no-anchor" | "zero-base") =>
    listJoin(
      [
        ...new Set(
          drawn.result.left.filter((l) => l.reason === reason).map((l) => regionNames[seriesRegion.get(l.id)!]!),
        ),
      ],
      locale,
    );
  const cite = (id: string) =>
    sources[id] ? (
      <a className="cite" href={`#source-${id}`}>
        [{sources[id].n}]
      </a>
    ) : null;
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
        key={`${chosenSlugs.join(",")}|${ind.key}|${view.scale}|${view.align}|${view.marks}`}
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
        </div>
        <fieldset className="compare-view-picker">
          <legend>{viewForm.legend}</legend>
          <ViewSelect
            label={viewForm.scale}
            name="scale"
            value={view.scale}
            options={SCALES.map((v) => [v, viewForm.scales[v]])}
          />
          <ViewSelect
            label={viewForm.align}
            name="align"
            value={view.align}
            options={ALIGNS.map((v) => [v, viewForm.aligns[v]])}
          />
          <ViewSelect
            label={viewForm.marks}
            name="marks"
            value={view.marks ? "show" : "none"}
            options={[
              ["show", viewForm.marksShow],
              ["none", viewForm.marksHide],
            ]}
          />
          <button type="submit" className="compare-submit">
            {form.show}
          </button>
        </fieldset>
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
              view={drawn}
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
        <div className="view-notes" data-testid="view-notes">
          {drawn.result.baseX === null && view.scale !== "value" && drawn.result.series.length > 1 && (
            <p role="note">{viewNotes.ownBase}</p>
          )}
          {drawn.result.left.some((l) => l.reason === "no-anchor") && (
            <p role="note" data-testid="view-left">
              {viewNotes.noAnchor.replace("{regions}", leftOut("no-anchor"))}
            </p>
          )}
          {drawn.result.left.some((l) => l.reason === "zero-base") && (
            <p role="note">{viewNotes.zeroBase.replace("{regions}", leftOut("zero-base"))}</p>
          )}
          {drawn.band && (
            <p data-testid="band-note">
              {viewNotes.bandNote.replace("{from}", String(drawn.band.from)).replace("{to}", String(drawn.band.to))}{" "}
              {CAMPAIGN_CITES.map((id) => (
                <span key={id}>{cite(id)}</span>
              ))}
            </p>
          )}
          {drawn.rules && (
            <p data-testid="rules-note">
              {viewNotes.rulesNote} {cite(EXIT_RULES.source)}
            </p>
          )}
          {drawing.anchors.length > 0 && (
            <>
              <h3 className="view-notes-head">{viewNotes.anchors}</h3>
              <ul data-testid="view-anchors">
                {drawing.anchors.map((a) => (
                  <li key={a.region}>
                    {regionNames[a.region]}
                    {colon(locale)}
                    {formatPartialDate(a.date, locale)} {a.label}
                    {a.from !== a.region &&
                      inParens(viewNotes.inherited.replace("{region}", regionNames[a.from]!), locale)}{" "}
                    {cite(a.source)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {drawing.milestones.length > 0 && (
            <>
              <h3 className="view-notes-head">{viewNotes.milestones}</h3>
              <ul className="chart-events" data-testid="view-milestones">
                {drawing.milestones.map((m) => (
                  <li key={m.mark}>
                    <span aria-hidden="true">{m.mark}</span> {regionNames[m.region]}
                    {colon(locale)}
                    {formatPartialDate(m.date, locale)} {m.label} {cite(m.source)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {drawing.offLine.length > 0 && (
            <>
              <h3 className="view-notes-head">{viewNotes.offLine}</h3>
              <ul data-testid="view-off-line">
                {drawing.offLine.map((m, i) => (
                  <li key={i}>
                    {regionNames[m.region]}
                    {colon(locale)}
                    {formatPartialDate(m.date, locale)} {m.label} {cite(m.source)}
                  </li>
                ))}
              </ul>
            </>
          )}
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

// One of the "how to draw it" choices: a labelled select whose value is a URL parameter.
function ViewSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string;
  options: string[][];
}) {
  return (
    <label>
      {label}{" "}
      <select name={name} defaultValue={value}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

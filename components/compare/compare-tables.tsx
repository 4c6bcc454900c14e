import type { ChartSeries } from "@/lib/charts/types";
import type { CompareRegion } from "@/lib/compare/compare";
import { formatPlain, percentChange, unitLabel } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import { inParens } from "@/lib/format/punct";
import type { Theme, Unit } from "@/lib/themes";

export type CompareLabels = {
  pickRegions: string;
  pickHint: string;
  pickIndicator: string;
  basesDiffer: string;
  byYear: string;
  changeCaption: string;
  series: string;
  first: string;
  last: string;
  changePoints: string;
  changePercent: string;
  measures: string;
  notUsed: string;
  noCase: string;
  keyFacts: string;
  missing: string;
  noData: string;
  // "Now showing {indicator}: {regions}.", announced after each change of the form.
  status: string;
  oneRegion: string;
  themeNames: Record<Theme, string>;
};

// First and last value of each series, with the change in points (percentages) and in percent.
export function ChangeTable({
  series,
  unit,
  locale,
  labels,
}: {
  series: ChartSeries[];
  unit: Unit;
  locale: Locale;
  labels: CompareLabels;
}) {
  return (
    <table className="data-table change-table" id="compare-change">
      <caption>
        {labels.changeCaption}
        {inParens(unitLabel(unit, locale), locale)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{labels.series}</th>
          <th scope="col">{labels.first}</th>
          <th scope="col">{labels.last}</th>
          {unit === "percent" && <th scope="col">{labels.changePoints}</th>}
          <th scope="col">{labels.changePercent}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((s) => {
          const [a, b] = [s.points[0], s.points.at(-1)];
          const single = !a || !b || a === b;
          const decimals = Math.max(a?.decimals ?? 0, b?.decimals ?? 0);
          const pct = single ? null : percentChange(a, b);
          return (
            <tr key={s.id} data-series={s.id}>
              <th scope="row">
                {s.label}
                <br />
                <small>{s.basisName}</small>
              </th>
              <td data-cell="first">
                {a ? `${formatPlain(a.value, a.decimals)}${inParens(a.year, locale)}` : labels.missing}
              </td>
              <td data-cell="last">
                {b && !single ? `${formatPlain(b.value, b.decimals)}${inParens(b.year, locale)}` : labels.missing}
              </td>
              {unit === "percent" && (
                <td data-cell="points">
                  {single ? "—" : formatPlain(Number((b.value - a.value).toFixed(decimals)), decimals)}
                </td>
              )}
              <td data-cell="percent">{pct === null ? "—" : `${formatPlain(pct, 1)}%`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// Themes × regions: who relied on what, with each region's own one-line account.
export function MeasuresMatrix({
  regions,
  themes,
  labels,
  locale,
}: {
  regions: CompareRegion[];
  themes: readonly Theme[];
  labels: CompareLabels;
  locale: Locale;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table matrix" id="measures-table">
        <thead>
          <tr>
            <th scope="col" />
            {regions.map((r) => (
              <th scope="col" key={r.slug}>
                {r.caseSlug ? <a href={`/${locale}/cases/${r.caseSlug}`}>{r.name}</a> : r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((t) => (
            <tr key={t}>
              <th scope="row">{labels.themeNames[t]}</th>
              {regions.map((r) =>
                r.themes[t] ? (
                  <td key={r.slug} className="used" data-theme={t}>
                    <span aria-hidden="true">● </span>
                    {r.themes[t]}
                  </td>
                ) : (
                  <td key={r.slug} className="not-used">
                    <span aria-hidden="true">○ </span>
                    <span className="muted">{labels.notUsed}</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FactsTable({ regions, labels }: { regions: CompareRegion[]; labels: CompareLabels }) {
  const rows = regions[0]?.facts.map((f) => f.label) ?? [];
  return (
    <div className="table-scroll">
      <table className="data-table facts" id="facts-table">
        <thead>
          <tr>
            <th scope="col" />
            {regions.map((r) => (
              <th scope="col" key={r.slug}>
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {regions.map((r) => (
                <td key={r.slug}>{r.facts[i]?.value ?? <span className="missing">{labels.missing}</span>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

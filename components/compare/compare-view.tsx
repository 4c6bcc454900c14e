"use client";

import { useEffect, useState } from "react";
import { DataTable } from "@/components/charts/data-table";
import { SeriesLineChart, type ChartLabels, type SourceRef } from "@/components/charts/line-chart";
import type { CompareData } from "@/lib/data/compare";
import type { AppLocale } from "@/lib/format/number";
import { THEMES } from "@/lib/themes";
import { ChangeTable, FactsTable, MeasuresMatrix, type CompareLabels } from "./compare-tables";

type Props = { data: CompareData; locale: AppLocale; initial: { regions: string[]; indicator: string }; labels: CompareLabels; chartLabels: Omit<ChartLabels, "title">; sources: Record<string, SourceRef> };

const MIN = 2;
const MAX = 4;

// The view's state lives in the URL (?regions=…&indicator=…), so a link reproduces what the student saw.
export function CompareView({ data, locale, initial, labels, chartLabels, sources }: Props) {
  const [regions, setRegions] = useState(initial.regions);
  const [indicator, setIndicator] = useState(initial.indicator);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const fromUrl = (q.get("regions") ?? "").split(",").filter((r) => data.regions.some((x) => x.slug === r));
    if (fromUrl.length >= MIN) setRegions([...new Set(fromUrl)].slice(0, MAX));
    const ind = q.get("indicator");
    if (ind && data.indicators.some((i) => i.key === ind)) setIndicator(ind);
  }, [data]);

  const update = (next: { regions?: string[]; indicator?: string }) => {
    const r = next.regions ?? regions;
    const i = next.indicator ?? indicator;
    setRegions(r);
    setIndicator(i);
    window.history.replaceState(null, "", `?regions=${r.join(",")}&indicator=${i}`);
  };
  const toggle = (slug: string) => update({ regions: regions.includes(slug) ? regions.filter((r) => r !== slug) : [...regions, slug] });

  const ind = data.indicators.find((i) => i.key === indicator) ?? data.indicators[0]!;
  const series = (data.series[ind.key] ?? []).filter((s) => regions.includes(s.region)).sort((a, b) => regions.indexOf(a.region) - regions.indexOf(b.region));
  const chosen = regions.map((r) => data.regions.find((x) => x.slug === r)!).filter(Boolean);
  const bases = [...new Set(series.map((s) => s.basisName))];
  const title = `${ind.name}: ${chosen.map((r) => r.name).join(" · ")}`;

  return (
    <div className="compare">
      <fieldset className="picker">
        <legend>{labels.pickRegions}</legend>
        {data.regions.map((r) => {
          const on = regions.includes(r.slug);
          return (
            <label key={r.slug} className="picker-option">
              <input type="checkbox" name="regions" value={r.slug} checked={on} disabled={(on && regions.length <= MIN) || (!on && regions.length >= MAX)} onChange={() => toggle(r.slug)} /> {r.name}
            </label>
          );
        })}
        <p className="muted">{labels.pickHint}</p>
      </fieldset>
      <label className="indicator-picker">
        {labels.pickIndicator}{" "}
        <select name="indicator" value={ind.key} onChange={(e) => update({ indicator: e.target.value })}>
          {data.indicators.map((i) => (
            <option key={i.key} value={i.key}>
              {i.name}
            </option>
          ))}
        </select>
      </label>
      {bases.length > 1 && (
        <p className="basis-note" role="note">
          {labels.basesDiffer} {bases.join("; ")}
        </p>
      )}
      <figure className="chart-figure" id="compare-chart" aria-labelledby="compare-chart-title">
        <figcaption id="compare-chart-title" className="chart-title">
          {title}
        </figcaption>
        <div className="chart-layout">
          <SeriesLineChart id="compare-chart" series={series} unit={ind.unit} locale={locale} labels={{ ...chartLabels, title }} sources={sources} />
          <div>
            <ChangeTable series={series} unit={ind.unit} locale={locale} labels={labels} />
            <DataTable series={series} unit={ind.unit} locale={locale} caption={labels.byYear} labels={{ year: chartLabels.year, source: chartLabels.source }} sources={sources} id="compare-table" />
          </div>
        </div>
      </figure>
      <h2 id="measures-matrix">{labels.measures}</h2>
      {chosen.some((r) => !r.caseSlug) && <p className="muted">{labels.noCase.replace("{regions}", chosen.filter((r) => !r.caseSlug).map((r) => r.name).join(", "))}</p>}
      <MeasuresMatrix regions={chosen.filter((r) => r.caseSlug)} themes={THEMES} labels={labels} locale={locale} />
      <h2 id="key-facts">{labels.keyFacts}</h2>
      <FactsTable regions={chosen} labels={labels} />
    </div>
  );
}

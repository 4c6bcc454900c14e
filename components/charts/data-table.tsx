import { formatPlain, unitLabel } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";
import { inParens } from "@/lib/format/punct";
import type { ChartSeries } from "@/lib/charts/types";
import type { SourceRef } from "@/lib/data/source-refs";

type Props = {
  series: ChartSeries[];
  unit: Unit;
  locale: Locale;
  caption: string;
  labels: { year: string; source: string };
  sources: Record<string, SourceRef>;
  id?: string;
};

// The chart's data as a table: one row per year with data, one column per series, each value with its source.
export function DataTable({ series, unit, locale, caption, labels, sources, id }: Props) {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return (
    <div className="table-scroll">
      <table className="data-table" id={id}>
        <caption>
          {caption}
          {inParens(unitLabel(unit, locale), locale)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{labels.year}</th>
            {series.map((s) => (
              <th scope="col" key={s.id}>
                {s.label}
                <br />
                <small>{s.basisName}</small>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {series.map((s) => {
                const p = s.points.find((x) => x.year === year);
                if (!p)
                  return (
                    <td key={s.id} className="missing" aria-label="—">
                      —
                    </td>
                  );
                const src = sources[p.source];
                return (
                  <td key={s.id} data-series={s.id} data-year={year}>
                    <span className="num">{formatPlain(p.value, p.decimals, locale)}</span>{" "}
                    {src ? (
                      <a href={src.href} className="src-link" title={`${labels.source}: ${src.label}`}>
                        [{src.n}]
                      </a>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

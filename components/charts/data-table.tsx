import { formatPlain, unitLabel } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import type { Unit } from "@/lib/themes";
import { colon, inferredFrom, inParens } from "@/lib/format/punct";
import type { ChartSeries } from "@/lib/charts/types";
import type { SourceRef } from "@/lib/data/source-refs";

type Props = {
  series: ChartSeries[];
  unit: Unit;
  locale: Locale;
  caption: string;
  // yearInferred: "year inferred from {from}".
  labels: { year: string; source: string; disputed: string; notes: string; yearInferred: string };
  sources: Record<string, SourceRef>;
  id?: string;
  // Where a disagreement's anchor is: "" on a case page (its own panel), else the list of every disagreement.
  disagreementsHref?: string;
};

// The chart's data as a table: one row per year with data, one column per series, each value with its source.
// A value sources disagree on is marked † (linked to the page's disagreement panel); a year the source does not state
// is marked with a note number, and the notes below the table say what it was inferred from.
export function DataTable({
  series,
  unit,
  locale,
  caption,
  labels,
  sources,
  id = "data-table",
  disagreementsHref,
}: Props) {
  const base = disagreementsHref ?? `/${locale}/data/disagreements`;
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const notes = series.flatMap((s) =>
    s.points.filter((p) => p.yearInferred).map((p) => ({ s, p, id: `${id}-inferred-${s.id}-${p.year}` })),
  );
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
                const note = notes.findIndex((n) => n.s === s && n.p === p);
                return (
                  <td key={s.id} data-series={s.id} data-year={year} data-disputed={p.disagreement ? "" : undefined}>
                    <span className="num">{formatPlain(p.value, p.decimals)}</span>
                    {p.disagreement ? (
                      <a
                        href={`${base}#${p.disagreement}`}
                        className="disputed-mark"
                        title={labels.disputed}
                        aria-label={labels.disputed}
                      >
                        †
                      </a>
                    ) : null}{" "}
                    {src ? (
                      <a href={src.href} className="src-link" title={`${labels.source}${colon(locale)}${src.label}`}>
                        [{src.n}]
                      </a>
                    ) : null}
                    {note !== -1 ? (
                      <sup className="table-note-ref">
                        <a
                          href={`#${notes[note]!.id}`}
                          title={labels.yearInferred.replace("{from}", inferredFrom(p.yearInferred![locale]))}
                        >
                          {note + 1})
                        </a>
                      </sup>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 && (
        <ol className="table-notes" aria-label={labels.notes}>
          {notes.map(({ s, p, id: noteId }) => (
            <li key={noteId} id={noteId} data-year-inferred={`${s.id}/${p.year}`}>
              {s.label} {p.year}
              {colon(locale)}
              {labels.yearInferred.replace("{from}", inferredFrom(p.yearInferred![locale]))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { EditionView } from "@/lib/editions/edition-page";
import type { Locale } from "@/lib/i18n/routing";
import { figureLabels } from "./labels";

// Every figure the case had in one edition, as the page showed it, each linked to its source; the ones this edition
// added or changed are marked.
export async function EditionFiguresTable({
  view,
  locale,
  sourceNumber,
}: {
  view: EditionView;
  locale: Locale;
  sourceNumber: (id: string) => number;
}) {
  const t = await getTranslations({ locale, namespace: "Editions" });
  const names = await figureLabels(locale);
  const key = (f: { region: string; indicator: string; year: number; basis: string; source: string }) =>
    `${f.region}/${f.indicator}/${f.year}/${f.basis}/${f.source}`;
  const changed = new Set(view.edition.changes.figures.filter((f) => f.new !== null).map(key));
  const rows = [...view.figures.rows].sort(
    (a, b) =>
      a.region.localeCompare(b.region) ||
      a.indicator.localeCompare(b.indicator) ||
      a.basis.localeCompare(b.basis) ||
      a.year - b.year,
  );
  return (
    <div className="table-scroll">
      <table className="data-table edition-figures">
        <caption>{t("figuresThenCaption", { number: view.edition.number })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("year")}</th>
            <th scope="col">{t("value")}</th>
            <th scope="col">{t("source")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={key(r)} data-figure={key(r)} className={changed.has(key(r)) ? "changed" : undefined}>
              <th scope="row">
                {names.indicator(r.indicator)}
                <br />
                <small className="muted">
                  {names.region(r.region)} · {names.basis(r.basis)}
                </small>
              </th>
              <td className="num">{r.year}</td>
              <td className="num" data-value={r.value}>
                {names.value(r.value, r.indicator, view.figures.units[r.indicator])}
                {changed.has(key(r)) && (
                  <>
                    <br />
                    <small className="edition-changed">{t("changedHere")}</small>
                  </>
                )}
              </td>
              <td>
                <a href={`#source-${r.source}`}>[{sourceNumber(r.source)}]</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { Edition } from "@/lib/editions";
import type { Locale } from "@/lib/i18n/routing";
import { figureLabels } from "./labels";

// What one edition did to the case's figures: each figure's value before and after, as the page shows values (the
// sections and details it revised are in its summary, editionSummary).
export async function EditionChanges({
  edition,
  locale,
  units = {},
}: {
  edition: Edition;
  locale: Locale;
  units?: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "Editions" });
  const names = await figureLabels(locale);
  const { figures } = edition.changes;
  const none = t("none");
  if (!figures.length) return null;
  return (
    <div className="edition-changes">
      <div className="table-scroll">
        <table className="data-table figure-changes">
          <caption>{t("figuresEdited")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("figure")}</th>
              <th scope="col">{t("before")}</th>
              <th scope="col">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr
                key={`${f.region}/${f.indicator}/${f.year}/${f.basis}/${f.source}`}
                data-figure-change={`${f.region}/${f.indicator}/${f.year}/${f.basis}/${f.source}`}
              >
                <th scope="row">
                  {names.region(f.region)} · {names.indicator(f.indicator)} · {f.year}
                  <br />
                  <small className="muted">
                    {names.basis(f.basis)} · {names.source(f.source)}
                  </small>
                </th>
                <td className="num" data-old>
                  {f.old === null ? none : names.value(f.old, f.indicator, units[f.indicator])}
                </td>
                <td className="num" data-new>
                  {f.new === null ? none : names.value(f.new, f.indicator, units[f.indicator])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

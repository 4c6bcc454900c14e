import { getTranslations } from "next-intl/server";
import type { DisagreementView } from "@/lib/content/disagreements";
import { colon, inferredFrom, listSeparator } from "@/lib/format/punct";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  disagreements: DisagreementView[];
  locale: Locale;
  // How a member's source is cited: its number and anchor in the page's source list, or a link to its record.
  cite: (source: string) => { href: string; label: string };
  headingLevel?: "h3" | "h4";
};

// Every value the sources report for each disagreement: year, value, source, basis, whether it is the preferred
// value, what an unstated year was inferred from, and the editors' note on why they differ. A list, not a table,
// so it fits a 390 px screen.
export async function DisagreementList({ disagreements, locale, cite, headingLevel = "h3" }: Props) {
  const t = await getTranslations({ locale, namespace: "Case" });
  const tc = await getTranslations({ locale, namespace: "Chart" });
  const H = headingLevel;
  const c = colon(locale);
  return (
    <div className="disagreements">
      {disagreements.map((d) => (
        <section key={d.id} id={d.id} className="disagreement" aria-labelledby={`${d.id}-title`}>
          <H id={`${d.id}-title`}>
            {t("disagreementCaption", {
              region: d.regionName,
              indicator: d.indicatorName,
              basis: d.basisName,
              years: d.years.join(listSeparator(locale)),
            })}
          </H>
          <ul className="disagreement-members">
            {d.members.map((m) => {
              const src = cite(m.source);
              return (
                <li
                  key={m.figureId}
                  id={`${d.id}-${m.source}-${m.year}`}
                  data-member={`${m.source}/${m.year}`}
                  data-preferred={m.preferred ? "" : undefined}
                >
                  <span className="member-year">{m.year}</span>
                  {c}
                  <strong className="member-value">{m.value}</strong>{" "}
                  {m.preferred ? (
                    <span className="badge badge-preferred">{t("preferred")}</span>
                  ) : (
                    <span className="badge badge-alternative">
                      {t("notPreferred")}
                      {listSeparator(locale)}
                      {t("notDrawn")}
                    </span>
                  )}
                  <br />
                  <small>
                    {tc("source")}
                    {c}
                    <a href={src.href} className="src-link">
                      {src.label}
                    </a>
                    {" · "}
                    {tc("basis")}
                    {c}
                    {d.basisName}
                  </small>
                  {m.yearInferred ? (
                    <>
                      <br />
                      <small className="year-inferred">
                        {t("yearInferred", { from: inferredFrom(m.yearInferred) })}
                      </small>
                    </>
                  ) : null}
                  {m.note ? (
                    <>
                      <br />
                      <small className="muted">{m.note}</small>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p className="disagreement-note">{d.note}</p>
        </section>
      ))}
    </div>
  );
}

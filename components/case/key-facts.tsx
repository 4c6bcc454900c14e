import { inferredFrom } from "@/lib/format/punct";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { figureId } from "@/lib/data/figures";
import type { KeyFacts } from "@/lib/data/key-facts";
import type { Observation } from "@/lib/data/types";
import { formatPartialDate, yearRange } from "@/lib/format/date";
import { formatPlain, formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import type { CaseFrontmatter } from "@/lib/schemas/case";

type Props = {
  facts: KeyFacts;
  cited?: CaseFrontmatter["facts"];
  period: { start: number; end: number };
  locale: Locale;
  sourceNumber: (id: string) => number;
  // The anchor of the disagreement a fact's value is the preferred value of, if sources disagree on it.
  disputed: (o: Observation) => string | undefined;
};

// The key-facts panel: short values, each linked to its source; caveats and event descriptions go to footnotes below.
export async function KeyFactsPanel({ facts, cited, period, locale, sourceNumber, disputed }: Props) {
  const t = await getTranslations({ locale, namespace: "Case" });
  const tl = await getTranslations({ locale, namespace: "Levels" });
  const notes: ReactNode[] = [];
  // Notes are numbered 注1, 注2 in Chinese and lettered a, b in English, so they never read as source numbers.
  const mark = (n: number) => ({ n, mark: String.fromCharCode(96 + n) });
  const note = (text: ReactNode) => {
    notes.push(text);
    const n = notes.length;
    return (
      <sup className="kf-note">
        <a href={`#key-fact-note-${n}`} id={`key-fact-ref-${n}`} aria-label={t("footnote", mark(n))}>
          {t("footnoteMark", mark(n))}
        </a>
      </sup>
    );
  };
  const missing = <span className="missing">{t("notInSources")}</span>;
  const notApplicable = <span className="missing">{t("notApplicable")}</span>;
  const ref = (source: string) => (
    <sup className="cite">
      <a href={`#source-${source}`}>[{sourceNumber(source)}]</a>
    </sup>
  );
  // A value sources disagree on is marked † and linked to the page's panel; an inferred year gets a note saying from what.
  const ledger = (o: Observation) => {
    const d = disputed(o);
    return (
      <>
        {d ? (
          <a href={`#${d}`} className="disputed-mark" title={t("disputedMark")} aria-label={t("disputedMark")}>
            †
          </a>
        ) : null}
        {o.yearInferred ? note(t("yearInferred", { from: inferredFrom(o.yearInferred[locale]) })) : null}
      </>
    );
  };
  const value = (o: Observation, unit: Parameters<typeof formatValue>[2]) => (
    <>
      <span data-key-fact={figureId(o)}>{formatValue(o.value, o.decimals, unit, locale)}</span>
      {t("yearInParens", { year: o.year })}
      {ref(o.source)}
      {ledger(o)}
    </>
  );
  const population = () => {
    if (facts.population) return value(facts.population, "10k_persons");
    const p = cited?.population;
    if (!p) return missing;
    return (
      <>
        <span data-key-fact="fact-population">
          {formatValue(Number(p.value), p.value.split(".")[1]?.length ?? 0, "10k_persons", locale)}
        </span>
        {ref(p.source)}
        {note(p.note)}
      </>
    );
  };
  const inc = facts.incidence;
  const isCountry = facts.region.level === "country";
  return (
    <>
      <dl className="key-facts">
        <div>
          <dt>{t("region")}</dt>
          <dd>{facts.region.name[locale]}</dd>
        </div>
        <div>
          <dt>{t("level")}</dt>
          <dd>{tl(facts.region.level)}</dd>
        </div>
        <div>
          <dt>{t("province")}</dt>
          <dd>{isCountry ? notApplicable : (facts.province?.name[locale] ?? missing)}</dd>
        </div>
        <div>
          <dt>{t("period")}</dt>
          <dd>{yearRange(period.start, period.end, locale)}</dd>
        </div>
        <div>
          <dt>{t("population")}</dt>
          <dd>{population()}</dd>
        </div>
        <div>
          <dt>{t("poor")}</dt>
          <dd data-testid="poor-population">
            {facts.poor ? (
              <>
                {value(facts.poor.first, "10k_persons")}
                {facts.poor.last ? (
                  <>
                    {" → "}
                    {value(facts.poor.last, "10k_persons")}
                  </>
                ) : null}
              </>
            ) : (
              missing
            )}
          </dd>
        </div>
        <div>
          <dt>{t("incidence")}</dt>
          <dd data-testid="incidence-change">
            {inc ? (
              <>
                {t("incidenceChange", {
                  from: formatValue(inc.first.value, inc.first.decimals, "percent", locale),
                  fromYear: inc.first.year,
                  to: formatValue(inc.last.value, inc.last.decimals, "percent", locale),
                  toYear: inc.last.year,
                  // Written as a fall or a rise (下降/上升 … 个百分点), never as a signed change.
                  direction: inc.change.value < 0 ? "down" : inc.change.value > 0 ? "up" : "same",
                  change: formatPlain(Math.abs(inc.change.value), inc.change.decimals),
                })}
                {ref(inc.first.source)}
                {ledger(inc.first)}
                {inc.last.source !== inc.first.source ? ref(inc.last.source) : null}
                {ledger(inc.last)}
              </>
            ) : (
              missing
            )}
          </dd>
        </div>
        <div>
          <dt>{t("exit")}</dt>
          <dd>
            {isCountry ? (
              notApplicable
            ) : facts.exit ? (
              <>
                <time dateTime={facts.exit.date}>{formatPartialDate(facts.exit.date, locale)}</time>
                {ref(facts.exit.source)}
                {note(facts.exit.label[locale])}
              </>
            ) : (
              missing
            )}
          </dd>
        </div>
        <div>
          <dt>{t("lifted")}</dt>
          <dd>
            {facts.lifted ? (
              <>
                {value(facts.lifted, "10k_persons")}
                {facts.lifted.note[locale] ? note(facts.lifted.note[locale]) : null}
              </>
            ) : (
              missing
            )}
          </dd>
        </div>
      </dl>
      {notes.length > 0 && (
        <ol className="key-facts-notes" aria-label={t("keyFactsNotes")}>
          {notes.map((text, i) => (
            <li key={i} id={`key-fact-note-${i + 1}`}>
              <span aria-hidden="true" className="kf-mark">
                {t("footnoteMark", mark(i + 1))}{" "}
              </span>
              {text}{" "}
              <a href={`#key-fact-ref-${i + 1}`} aria-label={t("backToFact")}>
                ↩
              </a>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

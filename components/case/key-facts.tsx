import { getTranslations } from "next-intl/server";
import { figureId } from "@/lib/data/figures";
import type { KeyFacts } from "@/lib/data/key-facts";
import type { Observation } from "@/lib/data/types";
import { formatPartialDate, yearRange } from "@/lib/format/date";
import { formatPlain, formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";

type Props = { facts: KeyFacts; period: { start: number; end: number }; locale: Locale; sourceNumber: (id: string) => number };

// The key-facts panel: every value comes from the database and links to its source.
export async function KeyFactsPanel({ facts, period, locale, sourceNumber }: Props) {
  const t = await getTranslations({ locale, namespace: "Case" });
  const tl = await getTranslations({ locale, namespace: "Levels" });
  const missing = <span className="missing">{t("notInSources")}</span>;
  const ref = (source: string) => (
    <sup className="cite">
      <a href={`#source-${source}`}>[{sourceNumber(source)}]</a>
    </sup>
  );
  const value = (o: Observation, unit: Parameters<typeof formatValue>[2]) => (
    <>
      <span data-key-fact={figureId(o)}>{formatValue(o.value, o.decimals, unit, locale)}</span> ({o.year}){ref(o.source)}
    </>
  );
  const inc = facts.incidence;
  return (
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
        <dd>{facts.province?.name[locale] ?? missing}</dd>
      </div>
      <div>
        <dt>{t("period")}</dt>
        <dd>
          {yearRange(period.start, period.end, locale)}
        </dd>
      </div>
      <div>
        <dt>{t("population")}</dt>
        <dd>{facts.population ? value(facts.population, "10k_persons") : missing}</dd>
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
                change: formatPlain(inc.change.value, inc.change.decimals, locale),
              })}
              {ref(inc.first.source)}
              {inc.last.source !== inc.first.source ? ref(inc.last.source) : null}
            </>
          ) : (
            missing
          )}
        </dd>
      </div>
      <div>
        <dt>{t("exit")}</dt>
        <dd>
          {facts.exit ? (
            <>
              <time dateTime={facts.exit.date}>{formatPartialDate(facts.exit.date, locale)}</time> — {facts.exit.label[locale]}
              {ref(facts.exit.source)}
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
              {facts.lifted.note[locale] ? <span className="muted"> {facts.lifted.note[locale]}</span> : null}
            </>
          ) : (
            missing
          )}
        </dd>
      </div>
    </dl>
  );
}

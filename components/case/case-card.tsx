import { colon } from "@/lib/format/punct";
import { getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/charts/sparkline";
import type { CaseCardData } from "@/lib/content/case-cards";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function CaseCard({ card, locale }: { card: CaseCardData; locale: Locale }) {
  const [t, tl, tt, tc] = await Promise.all([
    getTranslations({ locale, namespace: "Cases" }),
    getTranslations({ locale, namespace: "Levels" }),
    getTranslations({ locale, namespace: "Themes" }),
    getTranslations({ locale, namespace: "Case" }),
  ]);
  return (
    <article className="case-card" data-case={card.slug}>
      <h3>
        <Link href={`/cases/${card.slug}`}>{card.title}</Link>
      </h3>
      <p className="meta">
        {card.provinceName} · {tl(card.level)} · {t("period", { start: card.period.start, end: card.period.end })}
      </p>
      <div className="card-facts">
        <Sparkline points={card.spark} label={card.sparkLabel} from={2010} to={2020} />
        <p>
          <span className="muted">
            {tc("incidence")}
            {colon(locale)}
          </span>
          {card.incidence?.text ?? <span className="missing">{tc("notInSources")}</span>}
        </p>
      </div>
      <p>{card.summary}</p>
      <ul className="tags" aria-label={tc("themes")}>
        {card.themes.map((theme) => (
          <li key={theme} data-theme={theme}>
            {tt(theme)}
          </li>
        ))}
      </ul>
    </article>
  );
}

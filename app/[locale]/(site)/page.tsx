import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseCard } from "@/components/case/case-card";
import { SourceList } from "@/components/case/source-list";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { ChinaMap } from "@/components/map/china-map";
import { HydrateLater } from "@/components/layout/hydrate-later";
import { getCaseCards } from "@/lib/content/case-cards";
import { getCases } from "@/lib/content/cases";
import { caseMarkers } from "@/lib/map/markers";
import { getSourcesById } from "@/lib/data/queries";
import { seriesFor } from "@/lib/data/series";
import { formatPartialDate } from "@/lib/format/date";
import { sourceRefs } from "@/lib/data/source-refs";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

const HOME_CARDS = 6;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Site");
  return pageMetadata({ locale, path: "", title: t("name"), description: t("tagline") });
}

export default async function HomePage({ params }: Props) {
  const { locale, t } = await openPage(params, "Home");
  const [tc, tcase, tnav] = await Promise.all([
    getTranslations({ locale, namespace: "Chart" }),
    getTranslations({ locale, namespace: "Case" }),
    getTranslations({ locale, namespace: "Nav" }),
  ]);
  const tcases = await getTranslations({ locale, namespace: "Cases" });
  // A bounded selection: the most recently updated cases; the index and the map lead to the rest.
  const all = getCases(locale);
  const latest = [...all]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.slug.localeCompare(b.slug))
    .slice(0, HOME_CARDS);
  const cards = await getCaseCards(
    locale,
    (region, text) => tcases("sparkLabel", { region, text: text ?? "—" }),
    latest,
  );
  const national = await seriesFor(["china"], "poverty_incidence", locale);
  const byId = await getSourcesById();
  const sources = [...new Set(national.series.flatMap((s) => s.points.map((p) => p.source)))].map((id) =>
    byId.get(id)!,
  );
  const refs = sourceRefs(sources, locale, tcase("undated"));
  const recent = cards.slice(0, 3);
  return (
    <div className="home">
      <section className="hero">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
        <ul className="entry-points">
          {(["cases", "compare", "search", "indicators", "glossary", "data"] as const).map((key) => (
            <li key={key}>
              <Link href={`/${key}`}>
                <strong>{t(`entry.${key}.title`)}</strong>
                <span>{t(`entry.${key}.body`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <HydrateLater>
        <section aria-labelledby="home-map" className="home-map">
          <h2 id="home-map">{t("mapHeading")}</h2>
          <ChinaMap
            locale={locale}
            markers={await caseMarkers(locale, (province, count) => t("mapProvince", { province, count }))}
            title={t("mapHeading")}
          />
        </section>
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="home-cases">
          <h2 id="home-cases">{t("casesHeading")}</h2>
          <div className="card-grid">
            {cards.map((card) => (
              <CaseCard key={card.slug} card={card} locale={locale} />
            ))}
          </div>
        </section>
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="home-national">
          <h2 id="home-national">{t("nationalHeading")}</h2>
          <p>{t("nationalIntro")}</p>
          <IndicatorChart
            id="national-chart"
            title={tc("incidenceTitle", { region: locale === "zh" ? "全国" : "China" })}
            series={national.series}
            unit={national.unit}
            locale={locale}
            sources={refs}
            baselineRegion="none"
            emptyMessage=""
            regionDataHref="/api/v1/observations?region=china"
          />
          <details>
            <summary>{tcase("sources")}</summary>
            <SourceList sources={sources} supports={new Map()} locale={locale} />
          </details>
        </section>
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby="home-recent">
          <h2 id="home-recent">{t("recentHeading")}</h2>
          <ul>
            {recent.map((c) => (
              <li key={c.slug}>
                <Link href={`/cases/${c.slug}`}>{c.title}</Link>{" "}
                <span className="muted">· {formatPartialDate(c.updated, locale)}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/cases">{t("allCases")}</Link> ({all.length}) · <Link href="/about">{tnav("about")}</Link>
          </p>
        </section>
      </HydrateLater>
    </div>
  );
}

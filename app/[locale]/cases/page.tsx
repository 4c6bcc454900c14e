import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseCard } from "@/components/case/case-card";
import { CaseFilters } from "@/components/case/case-filters";
import { getCaseCards } from "@/lib/content/case-cards";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { LEVELS, THEMES } from "@/lib/themes";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Cases" });
  return pageMetadata({ locale, path: "/cases", title: t("title"), description: t("description") });
}

export default async function CasesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, tl, tt] = await Promise.all([getTranslations({ locale, namespace: "Cases" }), getTranslations({ locale, namespace: "Levels" }), getTranslations({ locale, namespace: "Themes" })]);
  const cards = await getCaseCards(locale, (region, text) => t("sparkLabel", { region, text: text ?? "—" }));
  const provinces = [...new Map(cards.map((c) => [c.province, c.provinceName])).entries()].map(([value, label]) => ({ value, label }));
  const used = new Set(cards.flatMap((c) => c.themes));
  const [min, max] = [Math.min(...cards.map((c) => c.period.start)), Math.max(...cards.map((c) => c.period.end))];
  return (
    <div className="cases-index">
      <h1>{t("title")}</h1>
      <p className="lead">{t("description")}</p>
      <CaseFilters
        items={cards.map((c) => ({ slug: c.slug, title: c.title, province: c.province, level: c.level, themes: c.themes, start: c.period.start, end: c.period.end, drop: c.incidence?.drop ?? null, updated: c.updated }))}
        cards={Object.fromEntries(cards.map((c) => [c.slug, <CaseCard key={c.slug} card={c} locale={locale} />]))}
        provinces={provinces}
        levels={LEVELS.filter((l) => cards.some((c) => c.level === l)).map((l) => ({ value: l, label: tl(l) }))}
        themes={THEMES.filter((th) => used.has(th)).map((th) => ({ value: th, label: tt(th) }))}
        years={Array.from({ length: max - min + 1 }, (_, i) => min + i)}
        labels={{
          province: t("filterProvince"),
          level: t("filterLevel"),
          themes: t("filterThemes"),
          year: t("filterYear"),
          sort: t("sort"),
          any: t("any"),
          shown: t("shown"),
          reset: t("reset"),
          sortTitle: t("sortTitle"),
          sortStart: t("sortStart"),
          sortDrop: t("sortDrop"),
          sortUpdated: t("sortUpdated"),
          none: t("none"),
        }}
      />
    </div>
  );
}

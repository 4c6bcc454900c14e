import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DisagreementList } from "@/components/case/disagreement-list";
import { getCases } from "@/lib/content/cases";
import { disagreementViews, type DisagreementView } from "@/lib/content/disagreements";
import { getDisagreements, getSourcesById } from "@/lib/data/queries";
import { sourceShortLabel } from "@/lib/data/source-refs";
import { pageMetadata } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { openPage } from "@/lib/i18n/open-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Disagreements");
  return pageMetadata({ locale, path: "/data/disagreements", title: t("title"), description: t("intro") });
}

// Every disagreement in the library, grouped by region and indicator: the same lists as the case pages' panels,
// each member's source linked to its entry on the region's case page (or to the publication itself).
export default async function DisagreementsPage({ params }: Props) {
  const { locale, t } = await openPage(params, "Disagreements");
  const tc = await getTranslations({ locale, namespace: "Case" });
  const views = await disagreementViews(await getDisagreements(), locale);
  const sources = await getSourcesById();
  const caseOf = new Map(getCases(locale).map((c) => [c.region, c]));
  const groups = new Map<string, DisagreementView[]>();
  for (const v of views) groups.set(v.region, [...(groups.get(v.region) ?? []), v]);
  return (
    <div className="disagreements-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {views.length === 0 && <p>{t("none")}</p>}
      {[...groups].map(([region, list]) => {
        const kase = caseOf.get(region);
        const cite = (id: string) => {
          const s = sources.get(id)!;
          const label = sourceShortLabel(s, locale, tc("undated"));
          const href = kase ? `/${locale}/cases/${kase.slug}#source-${id}` : (s.url ?? `/api/v1/sources`);
          return { href, label: `${label} — ${locale === "en" && s.language !== "en" ? s.titleEn : s.title}` };
        };
        return (
          <section key={region} aria-labelledby={`region-${region}`}>
            <h2 id={`region-${region}`}>{list[0]!.regionName}</h2>
            {kase && (
              <p>
                <Link href={`/cases/${kase.slug}#disagreements`}>{t("case", { title: kase.title })}</Link>
              </p>
            )}
            <DisagreementList disagreements={list} locale={locale} cite={cite} />
          </section>
        );
      })}
    </div>
  );
}

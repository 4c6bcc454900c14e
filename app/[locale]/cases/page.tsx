import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseCard } from "@/components/case/case-card";
import { getCases } from "@/lib/content/cases";
import { pageMetadata } from "@/lib/i18n/metadata";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Cases" });
  return pageMetadata({ locale, path: "/cases", title: t("title"), description: t("description") });
}

export default async function CasesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Cases" });
  const cases = getCases(locale);
  return (
    <div className="cases-index">
      <h1>{t("title")}</h1>
      <p>{t("count", { count: cases.length })}</p>
      <div className="card-grid">
        {cases.map((doc) => (
          <CaseCard key={doc.slug} doc={doc} />
        ))}
      </div>
    </div>
  );
}

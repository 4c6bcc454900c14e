import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseIndex } from "@/components/case/case-index";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { caseQuery } from "@/lib/schemas/case-query";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Cases" });
  return pageMetadata({ locale, path: "/cases", title: t("title"), description: t("description") });
}

// Page 1 of the unfiltered index, prerendered; later pages are /cases/page/n and filtered views /cases/filter?….
export default async function CasesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Cases" });
  return (
    <div className="cases-index">
      <h1>{t("title")}</h1>
      <p className="lead">{t("description")}</p>
      <CaseIndex locale={locale} query={caseQuery.parse({})} />
    </div>
  );
}

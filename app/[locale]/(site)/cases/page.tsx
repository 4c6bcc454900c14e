import type { Metadata } from "next";
import { CaseIndex } from "@/components/case/case-index";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";
import { caseQuery } from "@/lib/schemas/case-query";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Cases");
  return pageMetadata({ locale, path: "/cases", title: t("title"), description: t("description") });
}

// Page 1 of the unfiltered index, prerendered; later pages are /cases/page/n and filtered views /cases/filter?….
export default async function CasesPage({ params }: Props) {
  const { locale, t } = await openPage(params, "Cases");
  return (
    <div className="cases-index">
      <h1>{t("title")}</h1>
      <p className="lead">{t("description")}</p>
      <CaseIndex locale={locale} query={caseQuery.parse({})} />
    </div>
  );
}

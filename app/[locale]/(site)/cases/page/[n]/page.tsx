import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { CaseIndex } from "@/components/case/case-index";
import { indexPageCount } from "@/lib/content/case-index";
import { pageMetadata } from "@/lib/i18n/metadata";
import { routing } from "@/lib/i18n/routing";
import { openPage } from "@/lib/i18n/open-page";
import { caseQuery } from "@/lib/schemas/case-query";

type Params = { locale: string; n: string };

export const dynamicParams = false;

// Every further page of the unfiltered index is prerendered: /cases/page/2 … /cases/page/n.
export function generateStaticParams(): Params[] {
  return routing.locales.flatMap((locale) =>
    Array.from({ length: indexPageCount(locale) - 1 }, (_, i) => ({ locale, n: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, n, t } = await openPage(params, "Cases");
  return pageMetadata({
    locale,
    path: `/cases/page/${n}`,
    title: `${t("title")} · ${t("pageOf", { page: Number(n), pages: indexPageCount(locale) })}`,
  });
}

export default async function CasesPageN({ params }: { params: Promise<Params> }) {
  const { locale, n, t } = await openPage(params, "Cases");
  if (!/^[1-9]\d*$/.test(n) || Number(n) < 2 || Number(n) > indexPageCount(locale)) notFound();
  return (
    <div className="cases-index">
      <h1>{t("title")}</h1>
      <CaseIndex locale={locale} query={caseQuery.parse({ page: n })} />
    </div>
  );
}

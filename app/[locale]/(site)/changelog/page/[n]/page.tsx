import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Changelog } from "@/components/editions/changelog";
import { getCaseSlugs } from "@/lib/content/cases";
import { changelogPages } from "@/lib/editions";
import { pageMetadata } from "@/lib/i18n/metadata";
import { routing } from "@/lib/i18n/routing";
import { openPage } from "@/lib/i18n/open-page";

type Params = { locale: string; n: string };

export const dynamicParams = false;

// The changelog's further pages: /changelog/page/2 … (none while the list fits on one page).
export function generateStaticParams(): Params[] {
  return routing.locales.flatMap((locale) =>
    Array.from({ length: changelogPages(getCaseSlugs()) - 1 }, (_, i) => ({ locale, n: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, n, t } = await openPage(params, "Editions");
  return pageMetadata({ locale, path: `/changelog/page/${n}`, title: `${t("changelogTitle")} · ${n}` });
}

export default async function ChangelogPageN({ params }: { params: Promise<Params> }) {
  const { locale, n } = await openPage(params, "Editions");
  if (!/^[1-9]\d*$/.test(n) || Number(n) < 2 || Number(n) > changelogPages(getCaseSlugs())) notFound();
  return <Changelog locale={locale} page={Number(n)} />;
}

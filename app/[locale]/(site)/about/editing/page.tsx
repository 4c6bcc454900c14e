import type { Metadata } from "next";
import { loadGuide } from "@/lib/content/guide";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "About");
  return pageMetadata({ locale, path: "/about/editing", title: t("guide") });
}

export default async function EditingGuidePage({ params }: Props) {
  const { locale } = await openPage(params, "About");
  return <div className="prose guide">{loadGuide(locale)}</div>;
}

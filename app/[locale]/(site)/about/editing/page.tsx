import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadGuide } from "@/lib/content/guide";
import { pageMetadata } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "About" });
  return pageMetadata({ locale, path: "/about/editing", title: t("guide") });
}

export default async function EditingGuidePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <div className="prose guide">{loadGuide(locale)}</div>;
}

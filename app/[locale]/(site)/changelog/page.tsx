import type { Metadata } from "next";
import { Changelog } from "@/components/editions/changelog";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Editions");
  return pageMetadata({ locale, path: "/changelog", title: t("changelogTitle"), description: t("changelogIntro") });
}

export default async function ChangelogPage({ params }: Props) {
  const { locale } = await openPage(params, "Editions");
  return <Changelog locale={locale} page={1} />;
}

import path from "node:path";
import { getTranslations } from "next-intl/server";
import { NewCaseForm } from "@/components/desk/new-case-form";
import { readDataset } from "@/lib/dataset/load-dataset";
import { CASE_LEVELS } from "@/lib/schemas/data";
import { pageUser } from "@/lib/desk/page-user";
import { repoDir } from "@/lib/desk/repo";
import { THEMES } from "@/lib/themes";
import { inParens } from "@/lib/format/punct";

export default async function NewCasePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageUser(params);
  const t = await getTranslations({ locale, namespace: "Desk.newCase" });
  const tl = await getTranslations({ locale, namespace: "Levels" });
  const tt = await getTranslations({ locale, namespace: "Themes" });
  const td = await getTranslations({ locale, namespace: "Desk.dataDraft" });
  const dataKeys = [
    ["kindLegend", "kindLegend"],
    ["kindCase", "kindCase"],
    ["kindData", "kindData"],
    ["dataIntro", "dataIntro"],
    ["dataTitle", "title"],
    ["createData", "create"],
  ] as const;
  const { dataset } = readDataset(path.join(repoDir(), "content/data"), repoDir());
  const regions = dataset.regions.map(({ row }) => ({
    value: row.slug,
    label: `${locale === "zh" ? row.name_zh : row.name_en}${inParens(row.slug, locale)}`,
  }));
  const keys = [
    "problems",
    "regionMode",
    "existing",
    "new",
    "region",
    "slug",
    "zhName",
    "enName",
    "level",
    "parent",
    "adcode",
    "titleZh",
    "titleEn",
    "summaryZh",
    "summaryEn",
    "themes",
    "themeZh",
    "themeEn",
    "create",
  ] as const;
  return (
    <div>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <NewCaseForm
        locale={locale}
        t={{
          ...Object.fromEntries(keys.map((k) => [k, t(k)])),
          ...Object.fromEntries(dataKeys.map(([k, key]) => [k, td(key)])),
        }}
        regions={regions}
        levels={CASE_LEVELS.map((l) => ({ value: l, label: tl(l) }))}
        themes={THEMES.map((th) => ({ value: th, label: tt(th) }))}
      />
    </div>
  );
}

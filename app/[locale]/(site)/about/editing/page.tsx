import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

type Props = { params: Promise<{ locale: string }> };

const SOURCE_RULES = [
  "sourcesOneClick",
  "sourcesOriginals",
  "sourcesDisagree",
  "sourcesUnclear",
  "sourcesExact",
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Editing");
  return pageMetadata({ locale, path: "/about/editing", title: t("title"), description: t("description") });
}

// For readers; the editors' guide (docs/editing.md) stays in the repository, where its commands and paths make sense.
export default async function EditingPage({ params }: Props) {
  const { t } = await openPage(params, "Editing");
  return (
    <div className="prose editing">
      <h1>{t("title")}</h1>
      <p className="lead">{t("description")}</p>
      <h2 id="sources">{t("sources")}</h2>
      <ul>
        {SOURCE_RULES.map((key) => (
          <li key={key}>
            {t.rich(key, {
              b: (chunks) => <strong>{chunks}</strong>,
              link: (chunks) => <Link href="/data/disagreements">{chunks}</Link>,
            })}
          </li>
        ))}
      </ul>
      <h2 id="writing">{t("writing")}</h2>
      <p>{t("writingSections")}</p>
      <p>{t("writingFigures")}</p>
      <h2 id="review">{t("review")}</h2>
      <p>{t("reviewBody")}</p>
      <h2 id="corrections">{t("corrections")}</h2>
      <p>{t("correctionsReport")}</p>
      <p>{t.rich("correctionsProcess", { link: (chunks) => <Link href="/changelog">{chunks}</Link> })}</p>
      <h2 id="editors">{t("editors")}</h2>
      <p>{t.rich("editorsBody", { code: (chunks) => <code>{chunks}</code> })}</p>
    </div>
  );
}

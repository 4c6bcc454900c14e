import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseCard } from "@/components/case/case-card";
import { getCases } from "@/lib/content/cases";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({ locale, path: "", title: t("name"), description: t("tagline") });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  return (
    <div className="home">
      <section className="hero">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </section>
      <section aria-labelledby="home-cases">
        <h2 id="home-cases">{t("casesHeading")}</h2>
        <div className="card-grid">
          {getCases(locale).map((doc) => (
            <CaseCard key={doc.slug} doc={doc} />
          ))}
        </div>
        <p>
          <Link href="/cases">{t("allCases")}</Link>
        </p>
      </section>
    </div>
  );
}

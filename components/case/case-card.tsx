import { getTranslations } from "next-intl/server";
import type { CaseDoc } from "@/lib/content/cases";
import { Link } from "@/lib/i18n/navigation";

export async function CaseCard({ doc }: { doc: CaseDoc }) {
  const t = await getTranslations({ locale: doc.locale, namespace: "Cases" });
  const tl = await getTranslations({ locale: doc.locale, namespace: "Levels" });
  const tt = await getTranslations({ locale: doc.locale, namespace: "Themes" });
  return (
    <article className="case-card">
      <h3>
        <Link href={`/cases/${doc.slug}`}>{doc.title}</Link>
      </h3>
      <p className="meta">
        {tl(doc.level)} · {t("period", { start: doc.period.start, end: doc.period.end })}
      </p>
      <p>{doc.summary}</p>
      <ul className="tags">
        {Object.keys(doc.themes).map((theme) => (
          <li key={theme}>{tt(theme as Parameters<typeof tt>[0])}</li>
        ))}
      </ul>
    </article>
  );
}

import { listSeparator } from "@/lib/format/punct";
import type { Metadata } from "next";
import { getCases, getTerms } from "@/lib/content/cases";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

// A term names at most this many cases inline; the rest are one link away, on the filtered case index.
const INLINE_CASES = 3;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Glossary");
  return pageMetadata({ locale, path: "/glossary", title: t("title"), description: t("description") });
}

export default async function GlossaryPage({ params }: Props) {
  const { locale, t } = await openPage(params, "Glossary");
  const cases = getCases(locale);
  const usedBy = (id: string) => cases.filter((c) => c.terms.includes(id));
  return (
    <div className="glossary" data-pagefind-body>
      <h1>{t("title")}</h1>
      <p>{t("description")}</p>
      <div className="terms">
        {getTerms().map((term) => {
          const users = usedBy(term.id);
          return (
            <section key={term.id} className="term-entry" aria-labelledby={term.id}>
              <h2 id={term.id} data-pagefind-weight="10">
                <span lang="zh-CN">{term.zh}</span> <span className="pinyin">{term.pinyin}</span> ·{" "}
                <span lang="en">{term.en}</span>
              </h2>
              <div>
                <p>{locale === "zh" ? term.definition_zh : term.definition_en}</p>
                <p className="used-by">
                  {t("usedBy")}{" "}
                  {users.length === 0
                    ? t("usedByNone")
                    : users.slice(0, INLINE_CASES).map((c, i) => (
                        <span key={c.slug}>
                          {i > 0 ? listSeparator(locale) : ""}
                          <Link href={`/cases/${c.slug}`}>{c.title}</Link>
                        </span>
                      ))}
                  {users.length > INLINE_CASES && (
                    <>
                      {" · "}
                      <Link href={`/cases/filter?term=${term.id}`}>{t("usedByAll", { count: users.length })}</Link>
                    </>
                  )}
                </p>
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}

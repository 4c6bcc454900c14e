import { listSeparator } from "@/lib/format/punct";
import type { Metadata } from "next";
import { getCases, getTerms, type TermDoc } from "@/lib/content/cases";
import { glossaryIndex } from "@/lib/content/glossary-index";
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
  // Terms are grouped and sorted by pinyin on /zh and by the English name on /en.
  const groups = glossaryIndex(getTerms(), locale);
  const zhName = (term: TermDoc) => (
    <>
      <span lang="zh-CN">{term.zh}</span> <span className="pinyin">{term.pinyin}</span>
    </>
  );
  const entry = (term: TermDoc) => {
    const users = cases.filter((c) => c.terms.includes(term.id));
    return (
      <section key={term.id} className="term-entry" aria-labelledby={term.id}>
        {/* The name the index sorts by comes first. */}
        <h3 id={term.id} data-pagefind-weight="10">
          {locale === "zh" ? (
            <>
              {zhName(term)} · <span lang="en">{term.en}</span>
            </>
          ) : (
            <>
              <span lang="en">{term.en}</span> · {zhName(term)}
            </>
          )}
        </h3>
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
  };
  return (
    <div className="glossary" data-pagefind-body>
      <h1>{t("title")}</h1>
      <p>{t("description")}</p>
      <nav className="letter-index" aria-label={t("index")}>
        <p>{t("indexNote")}</p>
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{g.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.id} className="letter-group" aria-labelledby={g.id}>
          <h2 id={g.id} className="letter-heading">
            {g.letter}
          </h2>
          <div className="terms">{g.terms.map(entry)}</div>
        </section>
      ))}
    </div>
  );
}

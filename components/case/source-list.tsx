import { getTranslations } from "next-intl/server";
import type { Source } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import { sourcePublisher, type SupportedFigure } from "@/lib/data/source-refs";
import type { Locale } from "@/lib/i18n/routing";

// The numbered source list: publisher, title, date, the most specific locator (URL or print locator), the public note
// in the page's language, and the figures the source supports. Editors' internal notes never reach this list.
export async function SourceList({
  sources,
  supports,
  locale,
}: {
  sources: Source[];
  supports: Map<string, SupportedFigure[]>;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Case" });
  const zh = locale === "zh";
  const sep = zh ? "，" : ". ";
  const end = zh ? "。" : ".";
  return (
    <ol className="source-list">
      {sources.map((s) => {
        const figures = supports.get(s.id) ?? [];
        const title = zh || s.language === "en" ? s.title : s.titleEn;
        return (
          <li key={s.id} id={`source-${s.id}`}>
            <span className="publisher">{sourcePublisher(s, locale)}</span>
            {zh ? "：" : ". "}
            {zh ? (
              <cite>《{title}》</cite>
            ) : (
              <>
                <cite>{title}</cite>
                {s.language === "zh" ? <span lang="zh-CN"> ({s.title})</span> : null}
              </>
            )}
            {sep}
            {s.date ? formatPartialDate(s.date, locale) : t("undated")}
            {s.locator ? (
              <>
                {sep}
                <span className="source-locator">{s.locator[locale]}</span>
              </>
            ) : null}
            {end}
            {s.url ? (
              <>
                {" "}
                <a href={s.url} rel="noopener" className="source-url">
                  {s.url}
                </a>
              </>
            ) : null}
            {s.note ? <span className="muted source-note"> {s.note[locale]}</span> : null}
            {figures.length > 0 && (
              <p className="supports">
                {t("sourceSupports")}
                {zh ? "" : " "}
                {figures.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 ? (zh ? "；" : "; ") : ""}
                    {f.inText ? (
                      <a href={`#${f.id}`} title={t("backToText")}>
                        {f.label} ↩
                      </a>
                    ) : (
                      f.label
                    )}
                  </span>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

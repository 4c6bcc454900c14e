import { getTranslations } from "next-intl/server";
import type { Source } from "@/lib/data/types";
import { formatPartialDate } from "@/lib/format/date";
import { sourcePublisher } from "@/lib/format/source";
import type { Locale } from "@/lib/i18n/routing";

export type SupportedFigure = { id: string; label: string; inText: boolean };

// The numbered source list; each entry says which figures it supports and links back to them.
export async function SourceList({ sources, supports, locale }: { sources: Source[]; supports: Map<string, SupportedFigure[]>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Case" });
  return (
    <ol className="source-list">
      {sources.map((s) => {
        const figures = supports.get(s.id) ?? [];
        return (
          <li key={s.id} id={`source-${s.id}`}>
            <span className="publisher">{sourcePublisher(s, locale)}</span>. <cite>{locale === "zh" || s.language === "en" ? s.title : s.titleEn}</cite>
            {locale === "en" && s.language === "zh" ? <span lang="zh-CN"> ({s.title})</span> : null}. {s.date ? formatPartialDate(s.date, locale) : t("undated")}.
            {s.url ? (
              <>
                {" "}
                <a href={s.url} rel="noopener">
                  {s.url}
                </a>
              </>
            ) : null}
            {s.note ? <span className="muted"> {s.note}</span> : null}
            {s.seedFile ? <span className="muted"> {t("seedFile", { file: s.seedFile })}</span> : null}
            {figures.length > 0 && (
              <p className="supports">
                {t("sourceSupports")}{" "}
                {figures.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 ? "; " : ""}
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

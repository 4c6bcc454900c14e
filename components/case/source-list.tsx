import { getTranslations } from "next-intl/server";
import type { Source } from "@/lib/data/types";
import { groupSupports, sourceRecord, type SupportedFigure } from "@/lib/data/source-refs";
import { colon, comma, listSeparator } from "@/lib/format/punct";
import type { Locale } from "@/lib/i18n/routing";

// The numbered source list: author, title, publisher, date (each saying so when the source leaves it unknown), the
// most specific locator (URL or print locator), the public note in the page's language, and the figures the source
// supports, by region and indicator. Editors' internal notes never reach this list.
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
  const sep = comma(locale);
  const end = zh ? "。" : ".";
  return (
    <ol className="source-list">
      {sources.map((s) => {
        const figures = supports.get(s.id) ?? [];
        const title = zh || s.language === "en" ? s.title : s.titleEn;
        const r = sourceRecord(s, locale);
        return (
          <li key={s.id} id={`source-${s.id}`}>
            <span className={r.author ? "source-author" : "source-author unknown"}>
              {r.author ?? t("authorUnknown")}
            </span>
            {zh ? "：" : ". "}
            {zh ? (
              <cite lang={s.language === "en" ? "en" : undefined}>《{title}》</cite>
            ) : (
              <>
                <cite>{title}</cite>
                {s.language === "zh" ? <span lang="zh-CN"> ({s.title})</span> : null}
              </>
            )}
            {zh ? "，" : ". "}
            <span className={r.publisher ? "publisher" : "publisher unknown"}>
              {r.publisher ?? t("publisherUnknown")}
            </span>
            {sep}
            <span className={r.date ? "source-date" : "source-date unknown"}>{r.date ?? t("undated")}</span>
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
            <CiteFiles base={`/${locale}/data/sources/${s.id}`} label={t("citeSource")} colonText={colon(locale)} />
            {figures.length > 0 && (
              <Supports figures={figures} label={t("sourceSupports")} back={t("backToText")} locale={locale} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

// A source's or a list's citation files (CSL-JSON, biblatex, RIS), made on the server from the same CSL-JSON items.
export function CiteFiles({ base, label, colonText }: { base: string; label: string; colonText: string }) {
  return (
    <span className="cite-files no-print">
      {label}
      {colonText}
      <a href={`${base}.json`} download>
        CSL-JSON
      </a>{" "}
      ·{" "}
      <a href={`${base}.bib`} download>
        BibTeX
      </a>{" "}
      ·{" "}
      <a href={`${base}.ris`} download>
        RIS
      </a>
    </span>
  );
}

// "Supports:" then one item per region, and under it one line per indicator: "Poverty incidence: 2013 31.93% ↩, …".
function Supports({
  figures,
  label,
  back,
  locale,
}: {
  figures: SupportedFigure[];
  label: string;
  back: string;
  locale: Locale;
}) {
  const zh = locale === "zh";
  return (
    <div className="supports">
      <span className="supports-label">{label}</span>
      <ul className="supports-regions">
        {groupSupports(figures).map((g) => (
          <li key={g.region.key}>
            <span className="supports-region">{g.region.name}</span>
            <ul className="supports-series">
              {g.series.map((s) => (
                <li key={`${s.indicator.key}/${s.figures[0]!.basis.key}`}>
                  <span className="supports-indicator">
                    {s.indicator.name}
                    {s.basis ? (zh ? `（${s.basis}）` : ` (${s.basis})`) : null}
                    {zh ? "：" : ": "}
                  </span>
                  {s.figures.map((f, i) => {
                    const text = f.year === null ? f.value : zh ? `${f.year}年 ${f.value}` : `${f.year} ${f.value}`;
                    return (
                      <span key={f.id}>
                        {i > 0 ? listSeparator(locale) : ""}
                        {f.inText ? (
                          <a href={`#${f.id}`} title={back}>
                            {text} ↩
                          </a>
                        ) : (
                          text
                        )}
                      </span>
                    );
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { CaseBody } from "@/components/case/case-body";
import {
  citeElement,
  figureElement,
  missingElement,
  termElement,
  timelineElement,
  type CaseElements,
} from "@/lib/content/case-html";
import { getTerm } from "@/lib/content/cases";
import { disagreementOf } from "@/lib/data/ledger";
import { decimalsOf, fromRow } from "@/lib/dataset/domain";
import type { Dataset } from "@/lib/dataset/load-dataset";
import { regionEvents } from "@/lib/desk/preview-events";
import { previewTree } from "@/lib/desk/preview-tree";
import { formatValue } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";

type Props = { text: string; locale: Locale; deskLocale: Locale; dataset: Dataset; label: string };

// The draft as readers will see it, drawn by the site's own components; figures and events come from the store plus this draft's rows.
export async function DraftPreview({ text, locale, deskLocale, dataset, label }: Props) {
  // The desk's own words (heading, notices) in the desk's language; the case in its own.
  const t = await getTranslations({ locale: deskLocale, namespace: "Desk.preview" });
  // The case's own headings in the case's language, as on the published page.
  const tc = await getTranslations({ locale, namespace: "Case" });
  const doc = previewTree(text);
  const sourceNumber = (id: string) => doc.sources.indexOf(id) + 1 || doc.sources.length + 1;
  const unitOf = new Map(dataset.indicators.map(({ row }) => [row.key, row.unit]));
  const sources = new Map(dataset.sources.map(({ row }) => [row.id, row]));

  const elements: CaseElements = {
    Figure: ({ region, indicator, year, basis, source }) => {
      const what = [region, indicator, year, basis, source].filter(Boolean).join(" / ");
      const all = dataset.observations
        .map((x) => x.row)
        .filter(
          (r) =>
            r.region === region &&
            r.indicator === indicator &&
            r.year === Number(year) &&
            (!basis || r.basis === basis) &&
            (!source || r.source === source),
        );
      // Where sources disagree, the preferred one's value, as on the published page.
      const d =
        all.length > 1 && !source
          ? disagreementOf(
              dataset.disagreements.map((x) => fromRow.disagreements(x.row)),
              all[0]!,
            )
          : undefined;
      const o = d ? all.filter((r) => r.source === d.preferredSource) : all;
      const unit = unitOf.get(indicator!);
      if (o.length !== 1 || !unit) return missingElement(`[${t("noData", { what })}]`);
      const r = o[0]!;
      return figureElement({
        text: formatValue(Number(r.value), decimalsOf(r.value), unit, locale),
        n: sourceNumber(r.source),
        href: `#p-${locale}-source-${r.source}`,
        figure: `${r.region}/${r.indicator}/${r.year}/${r.basis}`,
        value: r.value,
      });
    },
    Term: ({ id }, children) => {
      const term = getTerm(id);
      return term ? termElement(id, locale, term, children) : missingElement(children.length ? children : id);
    },
    Cite: ({ id }) => citeElement(id, sourceNumber(id)),
    // The store's events plus this draft's, in date order, as the published page will list them.
    Timeline: () =>
      timelineElement(
        regionEvents(dataset, doc.region),
        locale,
        sourceNumber,
        tc("timelineEmpty"),
        (id) => `#p-${locale}-source-${id}`,
      ),
  };

  return (
    <section className="desk-preview" aria-label={t("title", { lang: label })}>
      <h2>{t("title", { lang: label })}</h2>
      {doc.tree ? (
        <article className="case" lang={locale === "zh" ? "zh-CN" : "en"}>
          <header className="case-header">
            <h1>{doc.title}</h1>
            <p className="summary">{doc.summary}</p>
          </header>
          <CaseBody tree={doc.tree} locale={locale} elements={elements} />
          <h2>{tc("sources")}</h2>
          <ol className="source-list">
            {doc.sources.map((id) => (
              <li key={id} id={`p-${locale}-source-${id}`}>
                {sources.get(id) ? (locale === "zh" ? sources.get(id)!.title : sources.get(id)!.title_en) : id}
              </li>
            ))}
          </ol>
        </article>
      ) : (
        <p className="desk-blocked" role="status">
          {t("blocked")}
        </p>
      )}
    </section>
  );
}

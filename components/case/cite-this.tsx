import { getTranslations } from "next-intl/server";
import { AbsoluteUrl } from "@/components/layout/absolute-url";
import { citationParts } from "@/lib/format/cite";
import { citationFormats, type CitationPart, type CslItem } from "@/lib/format/csl";
import { colon } from "@/lib/format/punct";
import type { Locale } from "@/lib/i18n/routing";
import { AccessedDate, CopyButton, ReaderOrigin } from "./cite-live";

type Props = {
  item: CslItem; // the case page's citation, with the build's date as its access date
  path: string; // the cited edition's permanent path; item.URL is siteUrl + path
  files: string; // the case's path: its citation files are files + "/cite.json" …
  siteUrl: string | null; // null when the build had no SITE_URL: the reader's origin is used in the browser
  builtOn: string;
  editionNote: string; // which edition is cited, and its date
  locale: Locale;
};

// The case's citation in each format, formatted on the server by citeproc-js and citation-js (lib/format/cite.ts):
// the browser gets the text, a copy button per format and the reader's access date, never a citation engine.
export async function CiteThis({ item, path, files, siteUrl, builtOn, editionNote, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Case" });
  const origin = siteUrl ? null : item.URL!.slice(0, item.URL!.length - path.length);
  const part = (p: CitationPart, i: number) =>
    typeof p === "string" ? (
      p
    ) : "accessed" in p ? (
      <AccessedDate key={i} form={p.accessed} builtOn={builtOn} />
    ) : (
      <ReaderOrigin key={i} />
    );
  return (
    <div className="cite-this">
      <p>
        {t("permalink")}
        {colon(locale)}
        <a href={path} data-testid="permalink">
          <AbsoluteUrl path={path} siteUrl={siteUrl} />
        </a>{" "}
        · {editionNote}
      </p>
      <p className="muted">{t("accessedNote")}</p>
      {citationFormats(locale).map((format) => (
        <div key={format} className="citation" data-format={format}>
          <div className="citation-head">
            <h3 id={`cite-${format}`}>{t(format)}</h3>
            <CopyButton
              target={`citation-text-${format}`}
              label={t("copy")}
              done={t("copied")}
              describedBy={`cite-${format}`}
            />
          </div>
          <pre tabIndex={0} aria-labelledby={`cite-${format}`}>
            <code id={`citation-text-${format}`} data-testid={`citation-${format}`}>
              {citationParts(item, format, origin).map(part)}
            </code>
          </pre>
        </div>
      ))}
      <p className="cite-downloads no-print">
        {t("download")}
        {colon(locale)}
        <a href={`${files}/cite.json`} download data-testid="cite-json" type="application/vnd.citationstyles.csl+json">
          {t("cslJson")}
        </a>{" "}
        ·{" "}
        <a href={`${files}/cite.bib`} download>
          BibTeX
        </a>{" "}
        ·{" "}
        <a href={`${files}/cite.ris`} download>
          RIS
        </a>
      </p>
      <p className="muted cite-note">
        {t.rich("styleNote", { link: (chunks) => <a href="https://citationstyles.org/">{chunks}</a> })}
      </p>
    </div>
  );
}

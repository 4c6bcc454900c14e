// A citation is a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html): every style,
// BibTeX, RIS and the CSL-JSON downloads are made from it by lib/format/cite.ts. Only the fields this site fills.
export type CslDate = { "date-parts": [[number] | [number, number] | [number, number, number]] };
export type CslName = { literal: string };
export type CslType = "webpage" | "article-newspaper" | "document";
export type CslItem = {
  id: string;
  "citation-key": string;
  type: CslType;
  title: string;
  author?: CslName[];
  publisher?: string;
  "container-title"?: string;
  page?: string;
  language: string;
  URL?: string;
  issued?: CslDate;
  accessed?: CslDate;
  version?: string;
};

// "2020", "2020-04" or "2020-04-05" as a CSL date; partial dates stay partial.
export function cslDate(partial: string): CslDate {
  const parts = partial.split("-").map(Number);
  return { "date-parts": [parts as [number] | [number, number] | [number, number, number]] };
}

// The formats the citation box and the exports offer. GB/T 7714 is a Chinese standard written in Chinese: it is
// offered on Chinese pages only. APA 7 and Chicago are English-language styles and are written in English.
export const CSL_STYLES = ["gbt7714", "apa7", "chicago"] as const;
export type CslStyle = (typeof CSL_STYLES)[number];
export const EXPORT_FORMATS = ["bibtex", "ris"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type CitationFormat = CslStyle | ExportFormat;

export function citationFormats(locale: "zh" | "en"): CitationFormat[] {
  return [...CSL_STYLES.filter((s) => s !== "gbt7714" || locale === "zh"), ...EXPORT_FORMATS];
}

// A citation's text with holes the reader's browser fills: the access date (today, in the form the format wrote the
// build date) and, when the site was built without SITE_URL, the origin. Without JavaScript the build's values stay.
export type AccessedForm = "iso" | "ris";
export type CitationPart = string | { accessed: AccessedForm } | { origin: true };

export function formatAccessed(form: AccessedForm, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return form === "iso" ? iso : `${y}/${m}/${d}/`;
}

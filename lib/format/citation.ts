import type { Locale } from "../i18n/routing";

// Citations of a case page in the four formats researchers ask for; pure, so the page and the tests share them.
export type CitationInput = {
  site: string; // the site's name in the page's language: the group author and publisher
  title: string;
  url: string;
  updated: string; // YYYY-MM-DD
  accessed: string; // YYYY-MM-DD
  locale: Locale;
  key: string; // BibTeX key
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const parts = (d: string) => d.split("-").map(Number) as [number, number, number];

// GB/T 7714-2015, electronic resource: 主要责任者. 题名[EB/OL]. (更新日期)[引用日期]. 获取和访问路径.
export function gbt7714(c: CitationInput): string {
  return `${c.site}. ${c.title}[EB/OL]. (${c.updated})[${c.accessed}]. ${c.url}.`;
}

// APA 7, web page with a group author and a retrieval date (the page is updated over time).
// In Chinese the dates and the retrieval statement are written the Chinese way (检索自), with no English words.
export function apa7(c: CitationInput): string {
  const [y, m, d] = parts(c.updated);
  const [ay, am, ad] = parts(c.accessed);
  if (c.locale === "zh") return `${c.site}. (${y}年${m}月${d}日). ${c.title}. ${ay}年${am}月${ad}日检索自 ${c.url}`;
  return `${c.site}. (${y}, ${MONTHS[m - 1]} ${d}). ${c.title}. Retrieved ${MONTHS[am - 1]} ${ad}, ${ay}, from ${c.url}`;
}

export function bibtex(c: CitationInput): string {
  const esc = (s: string) => s.replace(/([{}])/g, "\\$1");
  return [
    `@online{${c.key},`,
    `  author = {{${esc(c.site)}}},`,
    `  title = {${esc(c.title)}},`,
    `  year = {${c.updated.slice(0, 4)}},`,
    `  date = {${c.updated}},`,
    `  url = {${c.url}},`,
    `  urldate = {${c.accessed}},`,
    `  langid = {${c.locale === "zh" ? "chinese" : "english"}},`,
    `  organization = {${esc(c.site)}}`,
    `}`,
  ].join("\n");
}

export function ris(c: CitationInput): string {
  const slash = (d: string) => d.replace(/-/g, "/");
  return [
    "TY  - ELEC",
    `AU  - ${c.site}`,
    `TI  - ${c.title}`,
    `PY  - ${c.updated.slice(0, 4)}`,
    `DA  - ${slash(c.updated)}`,
    `Y2  - ${slash(c.accessed)}`,
    `UR  - ${c.url}`,
    `PB  - ${c.site}`,
    `LA  - ${c.locale === "zh" ? "zh" : "en"}`,
    "ER  - ",
  ].join("\n");
}

export const CITATION_FORMATS = { gbt7714, apa7, bibtex, ris } as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

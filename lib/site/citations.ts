import "server-only";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { getCase } from "../content/cases";
import { casePageData } from "../content/case-page";
import { caseItem, sourceItem, type CaseEdition } from "../data/cite-items";
import { getSources, getSourcesById } from "../data/queries";
import type { CslItem } from "../format/csl";
import { renderExport } from "../format/cite";
import { SITE_URL } from "../i18n/metadata";
import type { Locale } from "../i18n/routing";

const SITE_NAME: Record<Locale, string> = { zh: zh.Site.name, en: en.Site.name };

// A case page's citation: the site as author, the page's title, address and last update.
export function caseCitation(slug: string, locale: Locale, opts: { accessed?: string; edition?: CaseEdition } = {}) {
  const doc = getCase(slug, locale);
  if (!doc) return undefined;
  return caseItem({
    slug,
    locale,
    site: SITE_NAME[locale],
    title: doc.title,
    url: `${SITE_URL}/${locale}/cases/${slug}`,
    updated: doc.updated,
    ...opts,
  });
}

// A case's sources in the order its page numbers them.
export async function caseSourceCitations(slug: string, locale: Locale): Promise<CslItem[]> {
  const doc = getCase(slug, locale);
  return doc ? (await casePageData(doc)).sources.map((s) => sourceItem(s, locale)) : [];
}

export async function sourceCitations(locale: Locale, id?: string): Promise<CslItem[]> {
  if (id === undefined) return (await getSources()).map((s) => sourceItem(s, locale));
  const s = (await getSourcesById()).get(id);
  return s ? [sourceItem(s, locale)] : [];
}

// The downloads: CSL-JSON (what Zotero, Mendeley and pandoc import), biblatex and RIS, one file per format.
export const CITE_EXTENSIONS = ["json", "bib", "ris"] as const;
export type CiteExtension = (typeof CITE_EXTENSIONS)[number];
const CONTENT_TYPE: Record<CiteExtension, string> = {
  json: "application/vnd.citationstyles.csl+json; charset=utf-8",
  bib: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
};

export function citeFileResponse(items: CslItem[], ext: CiteExtension): Response {
  const body =
    ext === "json" ? `${JSON.stringify(items, null, 2)}\n` : renderExport(items, ext === "bib" ? "bibtex" : "ris");
  return new Response(body, { headers: { "content-type": CONTENT_TYPE[ext] } });
}

// "cite.json" → ["cite", "json"]; undefined for any other extension.
export function splitCiteFile(file: string): [string, CiteExtension] | undefined {
  const dot = file.lastIndexOf(".");
  const ext = file.slice(dot + 1) as CiteExtension;
  return dot > 0 && CITE_EXTENSIONS.includes(ext) ? [file.slice(0, dot), ext] : undefined;
}

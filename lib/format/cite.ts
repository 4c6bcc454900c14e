import "server-only";
import fs from "node:fs";
import path from "node:path";
import CSL from "citeproc";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import {
  formatAccessed,
  type AccessedForm,
  type CitationFormat,
  type CitationPart,
  type CslItem,
  type CslStyle,
} from "./csl";

// The published CSL styles and locales, kept in lib/format/csl (see its README), rendered by citeproc-js; BibTeX and
// RIS by citation-js. Server only: none of this reaches the browser.
const CSL_DIR = path.join(process.cwd(), "lib/format/csl");
const STYLE_FILE: Record<CslStyle, string> = {
  gbt7714: "china-national-standard-gb-t-7714-2015-numeric.csl",
  apa7: "apa.csl",
  chicago: "chicago-author-date.csl",
};
// GB/T 7714 is written in Chinese; APA and Chicago in English on both languages' pages (their Chinese locale writes
// dates as "2020, 一月 25", which no Chinese text does).
const STYLE_LANG: Record<CslStyle, string> = { gbt7714: "zh-CN", apa7: "en-US", chicago: "en-US" };

const read = (file: string) => fs.readFileSync(path.join(CSL_DIR, file), "utf8");
const LOCALE_FILES: Record<string, string> = { "zh-CN": "locales-zh-CN.xml", "en-US": "locales-en-US.xml" };

// One engine per style per process (building one parses the style: up to a second for Chicago). Each render gives
// its items fresh ids, so the engine's caches never answer with an item rendered before.
type Engine = { engine: CSL.Engine; items: Map<string, unknown> };
const engines = new Map<CslStyle, Engine>();
let renders = 0;
function engineFor(style: CslStyle): Engine {
  let e = engines.get(style);
  if (!e) {
    const items = new Map<string, unknown>();
    const engine = new CSL.Engine(
      {
        retrieveLocale: (lang: string) =>
          read(LOCALE_FILES[lang] ?? LOCALE_FILES[lang.startsWith("zh") ? "zh-CN" : "en-US"]!),
        retrieveItem: (id: string) => items.get(id),
      },
      read(STYLE_FILE[style]),
      STYLE_LANG[style],
      true,
    );
    engine.setOutputFormat("text");
    engines.set(style, (e = { engine, items }));
  }
  return e;
}

// One bibliography entry per item, in the items' order, as plain text (numeric styles keep their "[n]" label off).
export function renderStyle(items: CslItem[], style: CslStyle): string[] {
  const { engine, items: store } = engineFor(style);
  const run = `r${++renders}:`;
  store.clear();
  for (const i of items) store.set(run + i.id, { ...i, id: run + i.id });
  engine.updateItems(items.map((i) => run + i.id));
  const [meta, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  const text = new Map(meta.entry_ids.map((ids, n) => [ids[0]!, entries[n]!.trim()]));
  return items.map((i) => text.get(run + i.id)!.replace(/^\[\d+\]\s*/, ""));
}

const bibtexConfig = plugins.config.get("@bibtex") as { format: { asciiOnly: boolean; checkLabel: boolean } };
// Chinese titles stay Chinese (not \uXXXX escapes); the citation key is the item's own.
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.checkLabel = false;

// biblatex (@online, urldate, date), which BibTeX-based tools read as well; RIS for EndNote, Zotero and the like.
export function renderExport(items: CslItem[], format: "bibtex" | "ris"): string {
  let out = new Cite(items).format(format === "bibtex" ? "biblatex" : "ris", { format: "text" }) as string;
  // citation-js breaks RIS values every 70 characters, which splits URLs for some importers: one line per tag.
  if (format === "ris") out = out.replace(/\n(?![A-Z][A-Z0-9] {2}- )/g, "");
  return out.replace(/^\s+/, "").replace(/\n*$/, "\n");
}

export function renderCitation(items: CslItem[], format: CitationFormat): string {
  return format === "bibtex" || format === "ris"
    ? renderExport(items, format).replace(/\n+$/, "")
    : renderStyle(items, format).join("\n");
}

// A citation whose access date and (optionally) origin the reader's browser fills in: rendered once with a date and
// an origin no real citation has, then cut at them. `origin` is the origin the item's URL carries to be cut out.
const SENTINEL = "1901-02-03";
const SENTINEL_FORMS: Record<AccessedForm, string> = {
  iso: formatAccessed("iso", SENTINEL),
  ris: formatAccessed("ris", SENTINEL),
};
export function citationParts(item: CslItem, format: CitationFormat, origin: string | null): CitationPart[] {
  const probe: CslItem = item.accessed ? { ...item, accessed: { "date-parts": [[1901, 2, 3]] } } : item;
  const text = renderCitation([probe], format);
  const holes: [string, CitationPart][] = [
    ...(Object.entries(SENTINEL_FORMS) as [AccessedForm, string][]).map(([form, s]): [string, CitationPart] => [
      s,
      { accessed: form },
    ]),
    ...(origin ? [[origin, { origin: true }] as [string, CitationPart]] : []),
  ];
  let parts: CitationPart[] = [text];
  for (const [needle, hole] of holes)
    parts = parts.flatMap((p) =>
      typeof p === "string" ? p.split(needle).flatMap((s, i) => (i === 0 ? [s] : [hole, s])) : [p],
    );
  return parts.filter((p) => p !== "");
}

// The text as the build shows it: the build's access date and origin in the holes.
export function partsText(parts: CitationPart[], accessed: string, origin: string): string {
  return parts
    .map((p) => (typeof p === "string" ? p : "accessed" in p ? formatAccessed(p.accessed, accessed) : origin))
    .join("");
}

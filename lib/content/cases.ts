import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { allGlossaries } from "content-collections";
import { routing, type Locale } from "../i18n/routing";
import type { CaseFrontmatter } from "../schemas/case";
import { comparePinyin } from "./glossary-index";
import { readingMinutes } from "./outline";
import { parseCase, type ParsedCase } from "./parse-case";

// A case's light metadata: what lists, cards, maps and the page header need; the MDX body stays on disk.
export type CaseDoc = CaseFrontmatter & {
  slug: string;
  locale: Locale;
  headings: { depth: 2 | 3; id: string; text: string }[];
  readingMinutes: number;
  // Glossary ids the body uses, so the glossary can link to cases without reading every body.
  terms: string[];
  _meta: { filePath: string };
};
export type TermDoc = (typeof allGlossaries)[number];

const CASES_DIR = path.join(process.cwd(), "content", "cases");

// Read from disk once per process (build workers, `next start`), never bundled: a page's code does not grow with the number of cases.
let cached: CaseDoc[] | undefined;
// The last few parsed bodies: a page and its data read the same case in one render, without holding every tree in memory.
const recent = new Map<string, ParsedCase>();

// One case file, through the one parser; a file that would not pass content:check is not rendered.
export function parsedCase(slug: string, locale: Locale, text?: string): ParsedCase {
  const key = `${slug}/${locale}`;
  const hit = recent.get(key);
  if (hit && (text === undefined || hit.text === text)) return hit;
  const file = `content/cases/${key}.mdx`;
  const c = parseCase({ path: file, text: text ?? fs.readFileSync(path.join(CASES_DIR, `${key}.mdx`), "utf8") });
  const problem = c.fmIssues[0] ?? c.unsafe[0];
  if (problem || !c.fm || !c.tree) throw new Error(`${file}:${problem?.line ?? 1}: ${problem?.message ?? "cannot be read"} (run npm run content:check)`);
  recent.set(key, c);
  if (recent.size > 8) recent.delete(recent.keys().next().value!);
  return c;
}

// Every build worker lists every case; each file's metadata is parsed once per build and shared through .next/cache,
// keyed by the file's bytes (`npm run build` and `npm run dev` empty the folder first, so new code never reads old entries).
const META_DIR = path.join(process.cwd(), ".next", "cache", "case-meta");

function caseDoc(slug: string, locale: Locale): CaseDoc {
  const text = fs.readFileSync(path.join(CASES_DIR, slug, `${locale}.mdx`), "utf8");
  const stored = path.join(META_DIR, `${slug}.${locale}.${createHash("sha256").update(text).digest("hex").slice(0, 32)}.json`);
  try {
    return JSON.parse(fs.readFileSync(stored, "utf8")) as CaseDoc;
  } catch {}
  const c = parsedCase(slug, locale, text);
  const doc: CaseDoc = {
    ...c.fm!,
    slug,
    locale,
    headings: c.headings.map(({ depth, id, text }) => ({ depth, id, text })),
    readingMinutes: readingMinutes(c.words, locale),
    terms: [...new Set(c.refs.filter((r) => r.name === "Term").map((r) => r.attrs.id ?? ""))],
    _meta: { filePath: `${slug}/${locale}.mdx` },
  };
  try {
    fs.mkdirSync(META_DIR, { recursive: true });
    const tmp = `${stored}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(doc));
    fs.renameSync(tmp, stored);
  } catch {}
  return doc;
}

function allCases(): CaseDoc[] {
  if (!cached) {
    const slugs = fs
      .readdirSync(CASES_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    cached = slugs.flatMap((slug) => routing.locales.map((locale) => caseDoc(slug, locale)));
  }
  return cached;
}

export function getCase(slug: string, locale: Locale): CaseDoc | undefined {
  return allCases().find((c) => c.slug === slug && c.locale === locale);
}

export function getCases(locale: Locale): CaseDoc[] {
  return allCases().filter((c) => c.locale === locale);
}

export function getCaseSlugs(): string[] {
  return [...new Set(allCases().map((c) => c.slug))];
}

export function getTerms(): TermDoc[] {
  return [...allGlossaries].sort(comparePinyin);
}

export function getTerm(id: string): TermDoc | undefined {
  return allGlossaries.find((t) => t.id === id);
}

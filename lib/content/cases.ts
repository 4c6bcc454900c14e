import "server-only";
import fs from "node:fs";
import path from "node:path";
import { allGlossaries } from "content-collections";
import { parse } from "yaml";
import type { Locale } from "../i18n/routing";
import { caseFrontmatter, type CaseFrontmatter } from "../schemas/case";
import { outline, readingMinutes } from "./outline";

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
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

// Read from disk once per process (build workers, `next start`), never bundled: a page's code does not grow with the number of cases.
let cached: CaseDoc[] | undefined;

function readCaseFile(slug: string, locale: Locale): { doc: CaseDoc; body: string } {
  const filePath = `${slug}/${locale}.mdx`;
  const text = fs.readFileSync(path.join(CASES_DIR, filePath), "utf8");
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error(`content/cases/${filePath}: missing the --- frontmatter block (run npm run content:check)`);
  const parsed = caseFrontmatter.safeParse(parse(m[1]!));
  if (!parsed.success) throw new Error(`content/cases/${filePath}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")} (run npm run content:check)`);
  const body = text.slice(m[0].length);
  const { headings, refs } = outline(body);
  return {
    doc: {
      ...parsed.data,
      slug,
      locale,
      headings: headings.map(({ depth, id, text }) => ({ depth, id, text })),
      readingMinutes: readingMinutes(body, locale),
      terms: [...new Set(refs.filter((r) => r.name === "Term").map((r) => r.attrs.id ?? ""))],
      _meta: { filePath },
    },
    body,
  };
}

function allCases(): CaseDoc[] {
  if (!cached) {
    const slugs = fs
      .readdirSync(CASES_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    cached = slugs.flatMap((slug) => (["zh", "en"] as const).map((locale) => readCaseFile(slug, locale).doc));
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

// The MDX body of one case (without frontmatter), read when its page is rendered.
export function getCaseBody(doc: CaseDoc): string {
  return readCaseFile(doc.slug, doc.locale).body;
}

export function getTerms(): TermDoc[] {
  return [...allGlossaries].sort((a, b) => a.pinyin.localeCompare(b.pinyin));
}

export function getTerm(id: string): TermDoc | undefined {
  return allGlossaries.find((t) => t.id === id);
}

import { parseDocument } from "yaml";
import { splitFrontmatter } from "../content/parse-case";
import type { Locale } from "../i18n/routing";

// A draft's name in the desk: the case's frontmatter title in the desk's language (else the other one), a data change's own line, else the slug.
export function draftTitle(
  d: { kind: string; slug: string; title?: string | null; zh: string; en: string },
  locale: Locale,
): string {
  if (d.kind === "data") return d.title || d.slug;
  const order = locale === "zh" ? [d.zh, d.en] : [d.en, d.zh];
  for (const text of order) {
    const title = frontmatterTitle(text);
    if (title) return title;
  }
  return d.slug;
}

function frontmatterTitle(text: string): string {
  const { yaml } = splitFrontmatter(text);
  if (yaml === undefined) return "";
  try {
    const title = (parseDocument(yaml).toJS() as Record<string, unknown> | null)?.title;
    // The scaffold's placeholder is not a name yet.
    return typeof title === "string" && !/^TODO\b/.test(title.trim()) ? title.trim() : "";
  } catch {
    return "";
  }
}

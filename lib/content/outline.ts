import { headingId } from "./heading-ids";

export type OutlineHeading = { depth: 2 | 3; id: string; text: string; line: number };
export type ComponentRef = { name: "Figure" | "Term" | "Cite"; attrs: Record<string, string>; line: number };

const TAG = /<(Figure|Term|Cite)\b([^>]*?)\/?>/g;
const ATTR = /([a-zA-Z]+)=(?:"([^"]*)"|\{\s*"?([^}"]*)"?\s*\})/g;

// Reads an MDX body as text: its headings and its data-bearing components, with line numbers.
export function outline(body: string, firstLine = 1): { headings: OutlineHeading[]; refs: ComponentRef[] } {
  const headings: OutlineHeading[] = [];
  const refs: ComponentRef[] = [];
  let inCode = false;
  body.split(/\r?\n/).forEach((text, i) => {
    const line = firstLine + i;
    if (/^\s*```/.test(text)) inCode = !inCode;
    if (inCode) return;
    const h = /^(#{2,3})\s+(.*)$/.exec(text);
    if (h) {
      const id = headingId(h[2] ?? "");
      if (id) headings.push({ depth: h[1]!.length as 2 | 3, id, text: (h[2] ?? "").replace(/\s*\{#[^}]*\}\s*$/, ""), line });
    }
    for (const m of text.matchAll(TAG)) {
      const attrs: Record<string, string> = {};
      for (const a of (m[2] ?? "").matchAll(ATTR)) attrs[a[1]!] = (a[2] ?? a[3] ?? "").trim();
      refs.push({ name: m[1] as ComponentRef["name"], attrs, line });
    }
  });
  return { headings, refs };
}

// Characters for Chinese, words for English; the usual reading speeds.
export function readingMinutes(body: string, locale: "zh" | "en"): number {
  const prose = body.replace(/<[^>]+>/g, " ").replace(/\{[^}]*\}/g, " ");
  const units = locale === "zh" ? (prose.match(/[\u4e00-\u9fff]/g) ?? []).length : (prose.match(/[A-Za-z0-9’'-]+/g) ?? []).length;
  return Math.max(1, Math.round(units / (locale === "zh" ? 400 : 220)));
}

import type { Locale } from "../i18n/routing";

// Ranking and snippets for the site search, on top of Pagefind's results (pure, so the unit tests can run it).
// One Pagefind index holds both languages: the page's own language ranks first, the other is labelled.

export type PagefindAnchor = { element: string; id: string; text: string };
export type PagefindSub = { title: string; url: string; excerpt: string };
export type PagefindData = {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string };
  anchors?: PagefindAnchor[];
  sub_results: PagefindSub[];
};
export type SearchSnippet = { title: string; url: string; html: string };
export type SearchHit = { url: string; title: string; lang: Locale; otherLanguage: boolean; snippets: SearchSnippet[] };

// The longest query the box takes and the search page reads.
export const MAX_QUERY = 200;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// Characters a snippet may start or end at without cutting a word.
const BOUNDARY = /[\s。，、；：！？“”‘’（）《》〈〉【】…—.,;:!?()[\]"']/;
const MAX_STRETCH = 24;

export const hasCjk = (s: string) => CJK.test(s);

// A multi-character Chinese query (or a query of several words) is also run as an exact phrase,
// so whole-phrase matches rank above scattered characters or words.
export function phraseQuery(q: string): string | null {
  const t = q.trim();
  if (t.includes('"')) return null;
  if (hasCjk(t)) return [...t.replace(/\s+/g, "")].length >= 2 ? `"${t}"` : null;
  return /\s/.test(t) ? `"${t}"` : null;
}

// The shared index is segmented as Chinese, so English words are not stemmed; Pagefind matches word prefixes,
// so trimming common endings (relocate → relocat, workshops → workshop) finds the other forms of a word.
export function broaden(q: string): string {
  return q
    .trim()
    .split(/\s+/)
    .map((w) => {
      if (hasCjk(w) || w.length < 5) return w;
      const stem = w.replace(/(ations?|ions?|ing|ed|es|s|e)$/i, "");
      return stem.length >= 4 ? stem : w;
    })
    .join(" ");
}

// The site's URLs have no .html and no /index.
export function cleanUrl(url: string): string {
  return url.replace(/\.html(?=$|#)/, "").replace(/\/index(?=$|#)/, "");
}

export function langOf(url: string): Locale {
  return /^\/en(\/|$|#)/.test(cleanUrl(url)) ? "en" : "zh";
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, "");
const count = (hay: string, needle: string) => (needle ? hay.split(needle).length - 1 : 0);

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// The terms to highlight: the whole phrase first, then its words (Chinese words of two or more characters).
function terms(q: string): string[] {
  const t = q.trim().replace(/"/g, "");
  const words = t.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const w of words) {
    if (!hasCjk(w)) parts.push(w);
    else if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
      const seg = new Intl.Segmenter("zh", { granularity: "word" });
      for (const s of seg.segment(w)) if (s.isWordLike && [...s.segment].length >= 2) parts.push(s.segment);
    }
  }
  const stems = words.filter((w) => !hasCjk(w)).map((w) => broaden(w));
  return [...new Set([t, ...words, ...stems, ...parts])]
    .filter((x) => x.length > 0)
    .sort((a, b) => b.length - a.length);
}

export function highlight(text: string, q: string): string {
  const list = terms(q).filter((x) => text.toLowerCase().includes(x.toLowerCase()));
  if (list.length === 0) return escapeHtml(text);
  const re = new RegExp(list.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  let out = "";
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += escapeHtml(text.slice(last, m.index)) + `<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index! + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

// Widens (or, failing that, narrows) [start, end) of `content` to word boundaries, so no word or marker is cut.
function toBoundaries(content: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !BOUNDARY.test(content[s - 1]!) && start - s < MAX_STRETCH) s--;
  if (s > 0 && !BOUNDARY.test(content[s - 1]!)) {
    s = start;
    while (s < end && !BOUNDARY.test(content[s - 1] ?? " ")) s++;
  }
  let e = end;
  while (e < content.length && !BOUNDARY.test(content[e]!) && e - end < MAX_STRETCH) e++;
  if (e < content.length && !BOUNDARY.test(content[e]!)) {
    e = end;
    while (e > s && !BOUNDARY.test(content[e] ?? " ")) e--;
  }
  // Keep a closing mark with its sentence rather than leaving it for the next one.
  while (e < content.length && /[。！？；”’）》.!?]/.test(content[e]!) && e - end < MAX_STRETCH) e++;
  return [s, e];
}

// Pagefind's excerpt, mapped back onto the page text and widened to whole words, then highlighted again.
export function snippet(excerptHtml: string, content: string, q: string, heading = ""): string {
  const plain = excerptHtml
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
  const text = plain.trim();
  const at = content.indexOf(text);
  if (at === -1 || !text) return highlight(dropPartialEnds(text), q);
  const [s, e] = toBoundaries(content, at, at + text.length);
  // The section's heading is shown beside the snippet already; do not repeat it at the snippet's start.
  const found = content.slice(s, e).trim();
  const rest = heading && found.startsWith(heading) ? found.slice(heading.length).replace(/^[.\s]+/, "") : found;
  return highlight(rest || found, q);
}

// Without the page text to check against, drop the first and last word: either may be cut.
function dropPartialEnds(text: string): string {
  const words = text.split(/(?<=[\s。，、；：！？])/);
  return words.length > 2 ? words.slice(1, -1).join("").trim() : text;
}

// The text right after a heading, as a short snippet for a heading match.
function afterHeading(content: string, heading: string, q: string): string {
  const at = content.indexOf(heading);
  if (at === -1) return highlight(heading, q);
  let start = at + heading.length;
  while (start < content.length && /[.\s]/.test(content[start]!)) start++;
  const [s, e] = toBoundaries(content, start, Math.min(content.length, start + 60));
  return highlight(content.slice(s, e).trim(), q);
}

// The words of a Chinese query word that a page must contain: its dictionary words (易地搬迁 → 易地, 搬迁), with runs
// of single characters the dictionary does not know joined back together (电商, whatever the dictionary says).
export function cjkPieces(word: string): string[] {
  const segs =
    typeof Intl !== "undefined" && "Segmenter" in Intl
      ? [...new Intl.Segmenter("zh", { granularity: "word" }).segment(word)].map((s) => s.segment)
      : [word];
  const out: string[] = [];
  let run = "";
  for (const seg of segs) {
    if ([...seg].length === 1 && hasCjk(seg)) run += seg;
    else {
      if (run) out.push(run);
      run = "";
      if (hasCjk(seg)) out.push(seg);
    }
  }
  if (run) out.push(run);
  return out.filter((p) => [...p].length >= 2);
}

// Phrase results and plain results merged: own language first; then heading, title and whole-phrase matches.
export function rankHits(
  phrase: PagefindData[],
  plain: PagefindData[],
  q: string,
  locale: Locale,
  limit: number,
): SearchHit[] {
  const needle = norm(q.replace(/"/g, ""));
  // Pagefind matches Chinese character by character, so 电商 also finds a page with 电焊 and 商品: each Chinese word
  // of the query must appear whole in the page (its text or title); 易地搬迁 still finds 易地扶贫搬迁 (see cjkPieces).
  const pieces = q.replace(/"/g, "").split(/\s+/).filter(hasCjk).flatMap(cjkPieces).map(norm);
  const hasWords = (d: PagefindData) => pieces.every((w) => norm(`${d.meta.title ?? ""} ${d.content}`).includes(w));
  const seen = new Map<string, { d: PagefindData; order: number; phrase: boolean }>();
  phrase.forEach((d, i) => seen.set(d.url, { d, order: i, phrase: true }));
  plain.forEach((d, i) => {
    if (!seen.has(d.url)) seen.set(d.url, { d, order: phrase.length + i, phrase: false });
  });
  const scored = [...seen.values()]
    .filter(({ d }) => hasWords(d))
    .map(({ d, order, phrase: isPhrase }) => {
      const title = d.meta.title ?? cleanUrl(d.url);
      const headings = (d.anchors ?? []).filter((a) => /^h[1-6]$/.test(a.element) && norm(a.text).includes(needle));
      const lang = langOf(d.url);
      const score =
        (lang === locale ? 10_000 : 0) +
        (headings.length > 0 ? 1_000 : 0) +
        (norm(title).includes(needle) ? 500 : 0) +
        (isPhrase || norm(d.content).includes(needle) ? 200 : 0) +
        Math.min(count(norm(d.content), needle), 20) * 5 -
        order;
      const snippets: SearchSnippet[] = headings.map((a) => ({
        title: a.text,
        url: cleanUrl(`${d.url.split("#")[0]}#${a.id}`),
        html: afterHeading(d.content, a.text, q),
      }));
      const subs = d.sub_results.length ? d.sub_results : [{ title: "", url: d.url, excerpt: d.excerpt }];
      const byPhrase = [...subs].sort(
        (a, b) =>
          Number(norm(b.excerpt.replace(/<[^>]*>/g, "")).includes(needle)) -
          Number(norm(a.excerpt.replace(/<[^>]*>/g, "")).includes(needle)),
      );
      for (const s of byPhrase) {
        const url = cleanUrl(s.url);
        if (!snippets.some((x) => x.url === url))
          snippets.push({
            title: s.title === title ? "" : s.title,
            url,
            html: snippet(s.excerpt, d.content, q, s.title),
          });
      }
      // Snippets that show the query come first; one that shows none of it is kept only when nothing better exists.
      const marked = snippets.filter((x) => x.html.includes("<mark>") || norm(x.title).includes(needle));
      const shown = marked.length > 0 ? marked : snippets.slice(0, 1);
      return {
        score,
        hit: { url: cleanUrl(d.url), title, lang, otherLanguage: lang !== locale, snippets: shown.slice(0, 3) },
      };
    });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.hit);
}

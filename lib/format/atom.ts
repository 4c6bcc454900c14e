// An Atom 1.0 document (RFC 4287); a date is a full UTC timestamp (2026-12-02T13:35:46Z), or YYYY-MM-DD, written as
// midnight UTC.
export type AtomEntry = { id: string; title: string; url: string; updated: string; summary: string };
export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  self: string;
  home: string;
  author: string;
  entries: AtomEntry[];
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const stamp = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d);

export function atomFeed(f: AtomFeed): string {
  const updated =
    f.entries
      .map((e) => stamp(e.updated))
      .sort()
      .at(-1) ?? stamp("1970-01-01");
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${esc(f.lang)}">`,
    `  <id>${esc(f.id)}</id>`,
    `  <title>${esc(f.title)}</title>`,
    `  <subtitle>${esc(f.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(f.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(f.home)}"/>`,
    `  <author><name>${esc(f.author)}</name></author>`,
    ...f.entries.flatMap((e) => [
      `  <entry>`,
      `    <id>${esc(e.id)}</id>`,
      `    <title>${esc(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${esc(e.url)}"/>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <summary>${esc(e.summary)}</summary>`,
      `  </entry>`,
    ]),
    `</feed>`,
    "",
  ].join("\n");
}

// A compare view's query as one path segment, so each view is rendered once and kept in Next's bounded in-memory
// page cache (next.config.ts: isrFlushToDisk off). proxy.ts rewrites /{locale}/compare?… to
// /{locale}/compare/v/{key}; the page and the language switch read the query back. Runs on the server and in the
// browser (no Buffer): UTF-8 bytes in base64url.

/** The longest compare query kept (4 regions, an indicator and three view choices fit many times over). */
export const MAX_COMPARE_QUERY = 1024;
/** The internal route the proxy rewrites to; readers never see it. */
export const VIEW_SEGMENT = "v";
// The empty query (the default view) has a key of its own: a path segment is never empty.
const EMPTY = "-";

export function encodeViewKey(search: string): string {
  const query = search.replace(/^\?/, "");
  if (!query) return EMPTY;
  let binary = "";
  for (const byte of new TextEncoder().encode(query)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The query a key stands for; null when the key is not one this module wrote (too long or not base64url). */
export function decodeViewKey(key: string): string | null {
  if (key === EMPTY) return "";
  if (!/^[A-Za-z0-9_-]+$/.test(key) || key.length > Math.ceil((MAX_COMPARE_QUERY * 4) / 3)) return null;
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return encodeViewKey(text) === key ? text : null;
  } catch {
    return null;
  }
}

/** The parameters of a query as the page reads them: repeated names become lists. */
export function queryRecord(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const had = out[name];
    out[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return out;
}

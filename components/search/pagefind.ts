// Pagefind's browser API, loaded on first use from the index built after `next build`.
export type PagefindSubResult = { title: string; url: string; excerpt: string };
export type PagefindResultData = { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[]; filters: Record<string, string[]> };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] } | null>;
};

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = "/pagefind/pagefind.js";
    const pf = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    return pf;
  })();
  return loading;
}

// Pagefind indexes the build's .html files; the site's URLs have no extension.
export function cleanUrl(url: string): string {
  return url.replace(/\.html(?=$|#)/, "").replace(/\/index(?=$|#)/, "");
}

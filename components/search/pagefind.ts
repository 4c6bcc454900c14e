// Pagefind's browser API, loaded on first use from the index built after `next build`.
import { broaden, phraseQuery, rankHits, type PagefindData, type SearchHit } from "@/lib/search/rank";
import type { Locale } from "@/lib/i18n/routing";

type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; data: () => Promise<PagefindData> }[] } | null>;
};

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = "/pagefind/pagefind.js";
    const pf = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
    await pf.options({ excerptLength: 30 });
    return pf;
  })();
  return loading;
}

const TOP = 12;

// Runs the query as typed and, for Chinese, as an exact phrase too; ranks the union (see lib/search/rank).
export async function searchSite(q: string, locale: Locale, limit: number): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const phrase = phraseQuery(q);
  const [a, b] = await Promise.all([phrase ? pf.search(phrase) : Promise.resolve(null), pf.search(broaden(q))]);
  const load = async (r: typeof a) => Promise.all((r?.results ?? []).slice(0, TOP).map((x) => x.data()));
  const [phraseData, plainData] = await Promise.all([load(a), load(b)]);
  return rankHits(phraseData, plainData, q, locale, limit);
}

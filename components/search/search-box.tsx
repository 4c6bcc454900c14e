"use client";

import { useEffect, useId, useRef, useState } from "react";
import { cleanUrl, loadPagefind, type PagefindResultData } from "./pagefind";

export type SearchLabels = { label: string; placeholder: string; submit: string; noResults: string; tryGlossary: string; tryCases: string; results: string; loading: string; shortcut: string };

type Props = { locale: "zh" | "en"; labels: SearchLabels; mode?: "header" | "page"; initialQuery?: string };

// The header search: Pagefind in the browser, "/" focuses it, results link to the matching section.
export function SearchBox({ locale, labels, mode = "header", initialQuery = "" }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [results, setResults] = useState<PagefindResultData[] | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !target.isContentEditable) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (mode === "page" && !initialQuery) setQuery(new URLSearchParams(window.location.search).get("q") ?? "");
  }, [mode, initialQuery]);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults(null);
    let stale = false;
    setBusy(true);
    loadPagefind()
      .then(async (pf) => {
        const search = await pf.debouncedSearch(q, {}, 150);
        if (!search || stale) return;
        const data = await Promise.all(search.results.slice(0, mode === "page" ? 20 : 6).map((r) => r.data()));
        if (!stale) setResults(data);
      })
      .finally(() => !stale && setBusy(false));
    return () => {
      stale = true;
    };
  }, [query, mode]);

  return (
    <div className={`search search-${mode}`} role="search">
      <form action={`/${locale}/search`} method="get" onSubmit={(e) => mode === "page" && e.preventDefault()}>
        <label htmlFor={`${listId}-q`} className="visually-hidden">
          {labels.label}
        </label>
        <input
          ref={input}
          id={`${listId}-q`}
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && setQuery("")}
          placeholder={labels.placeholder}
          aria-controls={listId}
          aria-describedby={`${listId}-hint`}
          autoComplete="off"
        />
        <span id={`${listId}-hint`} className="visually-hidden">
          {labels.shortcut}
        </span>
      </form>
      <div id={listId} className="search-results" aria-live="polite" hidden={results === null && !busy}>
        {busy && results === null && <p>{labels.loading}</p>}
        {results && results.length === 0 && (
          <p className="search-empty">
            {labels.noResults} <a href={`/${locale}/glossary`}>{labels.tryGlossary}</a> · <a href={`/${locale}/cases`}>{labels.tryCases}</a>
          </p>
        )}
        {results && results.length > 0 && (
          <ol aria-label={labels.results}>
            {results.map((r) => (
              <li key={r.url}>
                <a href={cleanUrl(r.url)} className="search-title">
                  {r.meta.title ?? cleanUrl(r.url)}
                </a>
                <ul>
                  {(r.sub_results.length ? r.sub_results.slice(0, 3) : [{ title: "", url: r.url, excerpt: r.excerpt }]).map((s) => (
                    <li key={s.url}>
                      <a href={cleanUrl(s.url)}>
                        {s.title && <strong>{s.title}: </strong>}
                        <span dangerouslySetInnerHTML={{ __html: s.excerpt }} />
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

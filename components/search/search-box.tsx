"use client";

import { useEffect, useId, useRef, useState } from "react";
import { MAX_QUERY, type SearchHit } from "@/lib/search/rank";
import { searchSite } from "./pagefind";
import type { Locale } from "@/lib/i18n/routing";
import { colon } from "@/lib/format/punct";

export type SearchLabels = {
  label: string;
  placeholder: string;
  submit: string;
  noResults: string;
  tryGlossary: string;
  tryCases: string;
  results: string;
  loading: string;
  shortcut: string;
  otherLanguage: string;
  allResults: string;
  keyboardHint: string;
};

type Props = { locale: Locale; labels: SearchLabels; mode?: "header" | "page"; initialQuery?: string };

// Site search. The header box is an ARIA combobox (↑/↓ choose, Enter opens, Escape closes); the search page keeps
// the query in ?q= (replaceState while typing, so the URL can be shared and Back returns to the same results).
export function SearchBox({ locale, labels, mode = "header", initialQuery = "" }: Props) {
  // The search page is rendered with its ?q=, so the box keeps the query even without JavaScript.
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The search page writes ?q= only after it has read it, so the first render cannot wipe a shared query.
  const [loaded, setLoaded] = useState(false);
  // Set once the "/" shortcut listens: before that the key does nothing (tests wait for it).
  const [shortcut, setShortcut] = useState(false);
  // Set once React runs this box: typing before then would be lost (tests wait for data-hydrated).
  const [hydrated, setHydrated] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-results`;
  const header = mode === "header";

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (header && e.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !target.isContentEditable) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    setShortcut(header);
    setHydrated(true);
    return () => window.removeEventListener("keydown", onKey);
  }, [header]);

  // The search page starts from ?q= and follows it when the reader goes Back or Forward.
  useEffect(() => {
    if (header) return;
    const read = () => {
      setQuery(new URLSearchParams(window.location.search).get("q") ?? "");
      setLoaded(true);
    };
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [header]);

  useEffect(() => {
    if (header || !loaded) return;
    const url = new URL(window.location.href);
    const q = query.trim();
    if ((url.searchParams.get("q") ?? "") === q) return;
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
  }, [query, header, loaded]);

  useEffect(() => {
    const q = query.trim();
    setActive(-1);
    if (!q) {
      setHits(null);
      return;
    }
    let stale = false;
    setBusy(true);
    const timer = setTimeout(() => {
      searchSite(q, locale, header ? 6 : 20)
        .then((h) => {
          if (!stale) setHits(h);
        })
        .catch(() => {
          if (!stale) setHits([]);
        })
        .finally(() => {
          if (!stale) setBusy(false);
        });
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, locale, header]);

  // The options the arrow keys move through: every result link, in reading order.
  const options = (hits ?? []).flatMap((h, i) => [
    { key: `${i}`, href: h.url },
    ...h.snippets.map((s, j) => ({ key: `${i}-${j}`, href: s.url })),
  ]);
  const optionId = (key: string) => `${id}-opt-${key}`;
  const expanded = header ? open && query.trim() !== "" : true;

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      if (header && open) setOpen(false);
      else setQuery("");
      setActive(-1);
      return;
    }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (options.length === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) =>
        a === -1 ? (step === 1 ? 0 : options.length - 1) : (a + step + options.length) % options.length,
      );
      return;
    }
    if (e.key === "Enter") {
      const target = options[active];
      if (target && expanded) {
        e.preventDefault();
        window.location.assign(target.href);
      } else if (!header) e.preventDefault();
    }
  };

  const activeKey = active >= 0 ? options[active]?.key : undefined;
  const optionProps = (key: string) => ({
    id: optionId(key),
    role: "option" as const,
    "aria-selected": activeKey === key,
    tabIndex: header ? -1 : undefined,
  });

  return (
    <div
      className={`search search-${mode}`}
      role="search"
      data-hydrated={hydrated ? "true" : undefined}
      onBlur={(e) => header && !e.currentTarget.contains(e.relatedTarget as Node | null) && setOpen(false)}
    >
      <form action={`/${locale}/search`} method="get" onSubmit={(e) => !header && e.preventDefault()}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {labels.label}
        </label>
        <input
          ref={input}
          data-shortcut={shortcut ? "" : undefined}
          id={`${id}-q`}
          name="q"
          type="search"
          maxLength={MAX_QUERY}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          placeholder={labels.placeholder}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeKey ? optionId(activeKey) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
        />
        <span id={`${id}-hint`} className="visually-hidden">
          {header ? `${labels.shortcut} ${labels.keyboardHint}` : labels.keyboardHint}
        </span>
      </form>
      <div className="search-results" hidden={!expanded || (hits === null && !busy)}>
        <p className="visually-hidden" aria-live="polite">
          {busy ? labels.loading : hits ? `${labels.results}${colon(locale)}${hits.length}` : ""}
        </p>
        {busy && hits === null && <p aria-hidden="true">{labels.loading}</p>}
        {hits && hits.length === 0 && (
          <p className="search-empty">
            {labels.noResults} <a href={`/${locale}/glossary`}>{labels.tryGlossary}</a> ·{" "}
            <a href={`/${locale}/cases`}>{labels.tryCases}</a>
          </p>
        )}
        <ol id={listId} role="listbox" aria-label={labels.results}>
          {(hits ?? []).map((h, i) => (
            <li
              key={h.url}
              role="presentation"
              className="search-hit"
              lang={h.lang === "zh" ? "zh-CN" : "en"}
              data-lang={h.lang}
            >
              <a href={h.url} className="search-title" {...optionProps(`${i}`)}>
                {h.title}
                {h.otherLanguage && (
                  <span className="search-lang" lang={locale === "zh" ? "zh-CN" : "en"}>
                    {labels.otherLanguage}
                  </span>
                )}
              </a>
              <ul role="presentation">
                {h.snippets.map((s, j) => (
                  <li key={s.url + j} role="presentation">
                    <a href={s.url} {...optionProps(`${i}-${j}`)}>
                      {s.title && <strong>{s.title}</strong>}
                      {s.title && " "}
                      <span className="search-snippet" dangerouslySetInnerHTML={{ __html: s.html }} />
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {header && hits && hits.length > 0 && (
          <p className="search-all">
            <a href={`/${locale}/search?q=${encodeURIComponent(query.trim())}`}>{labels.allResults}</a>
          </p>
        )}
      </div>
    </div>
  );
}

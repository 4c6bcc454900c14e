"use client";

import { Suspense } from "react";
import { useParams, useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LANG_TAG, type Locale } from "@/lib/i18n/routing";
import { decodeViewKey } from "@/lib/compare/view-key";

type Props = { target: Locale; label: string; title: string };

// Keeps the reader on the same page in the other language, with the view's state (?…) and position (#…).
// Pages rendered per request (a filtered case list, search) have their query in the server's HTML, so the link keeps it
// without JavaScript; so does a compare view, rendered once per query (its path holds the query: see proxy.ts). Any
// other prerendered page has none, and its link gains the query once the script runs.
export function LocaleSwitcher(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  // Commas stay commas, as compare writes its region list (URLSearchParams would encode them).
  return <SwitchLink {...props} search={useSearchParams().toString().replace(/%2C/gi, ",")} />;
}

function SwitchLink({ target, label, title, search }: Props & { search: string }) {
  let pathname = usePathname();
  // A compare view's query is its route's key (see proxy.ts), there while the server renders it once for every reader.
  const { key } = useParams<{ key?: string }>();
  if (typeof key === "string" && /^\/compare(\/|$)/.test(pathname)) {
    pathname = "/compare";
    search ||= (decodeViewKey(key) ?? "").replace(/%2C/gi, ",");
  }
  return (
    <Link
      href={search ? `${pathname}?${search}` : pathname}
      locale={target}
      hrefLang={LANG_TAG[target]}
      lang={LANG_TAG[target]}
      title={title}
      className="locale-switcher"
      data-testid="locale-switcher"
      onClick={(e) => {
        const { search: now, hash } = window.location;
        if (!now && !hash) return;
        e.preventDefault();
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load: the other locale's page is a different static document
        window.location.assign(`${e.currentTarget.pathname}${now}${hash}`);
      }}
    >
      {label}
    </Link>
  );
}

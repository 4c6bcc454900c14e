"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";
import { LANG_TAG, type Locale } from "@/lib/i18n/routing";

// Keeps the reader on the same page in the other language, with the view's state (?…) and position (#…).
export function LocaleSwitcher({ target, label, title }: { target: Locale; label: string; title: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
      locale={target}
      hrefLang={LANG_TAG[target]}
      lang={LANG_TAG[target]}
      title={title}
      className="locale-switcher"
      data-testid="locale-switcher"
      onClick={(e) => {
        const { search, hash } = window.location;
        if (!search && !hash) return;
        e.preventDefault();
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load: the other locale's page is a different static document
        window.location.assign(`${e.currentTarget.pathname}${search}${hash}`);
      }}
    >
      {label}
    </Link>
  );
}

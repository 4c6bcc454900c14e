"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";
import { LANG_TAG, type Locale } from "@/lib/i18n/routing";

// Keeps the reader on the same page in the other language.
export function LocaleSwitcher({ target, label, title }: { target: Locale; label: string; title: string }) {
  const pathname = usePathname();
  return (
    <Link href={pathname} locale={target} hrefLang={LANG_TAG[target]} lang={LANG_TAG[target]} title={title} className="locale-switcher" data-testid="locale-switcher">
      {label}
    </Link>
  );
}

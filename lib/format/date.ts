import type { Locale } from "../i18n/routing";

// Built once each (making an Intl formatter costs far more than using one): "April 2020" and "11 March 2017".
const MONTH = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "long", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

// "2020-04" → "2020年4月" / "April 2020"; partial dates stay partial.
export function formatPartialDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  if (locale === "zh") return `${y}年${m ? `${m}月` : ""}${d ? `${d}日` : ""}`;
  if (!m) return String(y);
  const when = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return (d ? DAY : MONTH).format(when);
}

// One way per locale for a span of years: "2013–2019" (en dash) and "2013—2019年" (the Cases.period message agrees).
export function yearRange(start: number, end: number, locale: Locale): string {
  return locale === "zh" ? `${start}—${end}年` : `${start}–${end}`;
}

// Today's date (local time) as YYYY-MM-DD: the build's date on the server, the reader's in the browser.
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

import type { Locale } from "../i18n/routing";

// Chinese text takes full-width punctuation, English the ASCII marks: typography, not copy, so it lives here once.
export const colon = (locale: Locale) => (locale === "zh" ? "：" : ": ");
export const comma = (locale: Locale) => (locale === "zh" ? "，" : ", ");
export const listSeparator = (locale: Locale) => (locale === "zh" ? "、" : ", ");
export const inParens = (text: string | number, locale: Locale) => (locale === "zh" ? `（${text}）` : ` (${text})`);
export const listJoin = (items: string[], locale: Locale) => items.join(listSeparator(locale));
export const clauseSeparator = (locale: Locale) => (locale === "zh" ? "；" : "; ");
export const clauseJoin = (items: string[], locale: Locale) => items.join(clauseSeparator(locale));
// What a year was inferred from, for "year inferred from {from}": the English column usually starts "inferred from …".
export const inferredFrom = (text: string) => text.replace(/^inferred from\s+/i, "");

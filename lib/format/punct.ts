import type { AppLocale } from "./number";

// Chinese text takes full-width punctuation, English the ASCII marks: typography, not copy, so it lives here once.
export const colon = (locale: AppLocale) => (locale === "zh" ? "：" : ": ");
export const listSeparator = (locale: AppLocale) => (locale === "zh" ? "、" : ", ");
export const inParens = (text: string | number, locale: AppLocale) => (locale === "zh" ? `（${text}）` : ` (${text})`);
export const listJoin = (items: string[], locale: AppLocale) => items.join(listSeparator(locale));
export const clauseSeparator = (locale: AppLocale) => (locale === "zh" ? "；" : "; ");
export const clauseJoin = (items: string[], locale: AppLocale) => items.join(clauseSeparator(locale));

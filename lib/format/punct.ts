import type { AppLocale } from "./number";

// Chinese text takes full-width brackets and separators; English the ASCII ones.
export const inParens = (text: string | number, locale: AppLocale) => (locale === "zh" ? `（${text}）` : ` (${text})`);
export const listJoin = (items: string[], locale: AppLocale) => items.join(locale === "zh" ? "、" : ", ");
export const clauseJoin = (items: string[], locale: AppLocale) => items.join(locale === "zh" ? "；" : "; ");

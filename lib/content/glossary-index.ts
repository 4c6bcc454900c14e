import type { Locale } from "../i18n/routing";

type Named = { zh: string; en: string; pinyin: string };
export type LetterGroup<T extends Named> = { letter: string; id: string; terms: T[] };

// A name's letters without tone marks, spaces or hyphens; ü as v, which follows u in pinyin's alphabet.
export const pinyinLetters = (pinyin: string) =>
  pinyin
    .normalize("NFD")
    .toLowerCase()
    .replace(/u\u0308/g, "v")
    .replace(/[^a-z]/g, "");

// Tone marks as tone numbers, syllable by syllable: homophones follow the order of tones 1–4.
const TONES: Record<string, string> = { "\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4" };
const tones = (pinyin: string) => [...pinyin.normalize("NFD")].map((c) => TONES[c] ?? "").join("");

const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const english = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const chinese = new Intl.Collator("zh");

// Dictionary order: the letters across syllable and word breaks (贫困村 before 贫困发生率), then the tones, then the characters.
export const comparePinyin = (a: Named, b: Named) =>
  byCodePoint(pinyinLetters(a.pinyin), pinyinLetters(b.pinyin)) ||
  byCodePoint(tones(a.pinyin), tones(b.pinyin)) ||
  chinese.compare(a.zh, b.zh);

export const compareEnglish = (a: Named, b: Named) => english.compare(a.en, b.en) || comparePinyin(a, b);

// The index letter: the first letter or digit of the pinyin (zh) or of the English name (en), unaccented; a name that
// starts with a digit ("8-7 Poverty Reduction Plan") is filed under 0–9, anything else under #, both ahead of A.
export function indexLetter(term: Named, locale: Locale): string {
  const initial = (locale === "zh" ? term.pinyin : term.en).normalize("NFD").match(/[\p{L}\p{N}]/u)?.[0]?.toUpperCase();
  return initial && /[A-Z]/.test(initial) ? initial : initial && /[0-9]/.test(initial) ? "0–9" : "#";
}

// Anchors for the two groups whose label is not a plain letter.
const GROUP_ID: Record<string, string> = { "0–9": "0-9", "#": "other" };

// The glossary's letter groups in the page's language, each sorted, in index order.
export function glossaryIndex<T extends Named>(terms: T[], locale: Locale): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const term of [...terms].sort(locale === "zh" ? comparePinyin : compareEnglish)) {
    const letter = indexLetter(term, locale);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([letter, list]) => ({ letter, id: `letter-${GROUP_ID[letter] ?? letter}`, terms: list }));
}

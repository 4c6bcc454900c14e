import type { Level, Unit } from "../themes";
import type { Locale } from "../i18n/routing";

// The app's own shapes; pages never see Prisma's.
export type Bilingual = { zh: string; en: string };

export type Region = { slug: string; name: Bilingual; level: Level; parent: string | null; adcode: string | null };
export type Indicator = { key: string; name: Bilingual; unit: Unit; definition: Bilingual };
export type Basis = { key: string; name: Bilingual; note: Bilingual };
export type Source = {
  id: string;
  // The title in the source's own language, and its English title.
  title: string;
  titleEn: string;
  // The reporter or author as the source names them; null when it names none.
  author: Bilingual | null;
  // null when the source does not name its publisher.
  publisher: Bilingual | null;
  date: string | null;
  url: string | null;
  locator: Bilingual | null;
  language: Locale;
  note: Bilingual | null;
};
export type Observation = {
  region: string;
  indicator: string;
  year: number;
  value: number;
  decimals: number;
  basis: string;
  source: string;
  note: { zh: string | null; en: string | null };
  // What the year was inferred from, when the source does not state it.
  yearInferred: Bilingual | null;
};
export type Event = { region: string; date: string; kind: string; label: Bilingual; source: string };
// Observations of one region, indicator and basis in `years` that sources report differently (its "members"),
// and the source the editor prefers: its member in each year is the value drawn, the others are alternatives.
export type Disagreement = {
  region: string;
  indicator: string;
  basis: string;
  years: number[];
  preferredSource: string;
  note: Bilingual;
};

import type { Locale } from "../i18n/routing";
import type { FigureRow, LedgerRow } from "./data-state";

// One shape per concept: an edition of a case, an edition of the data, and what changed (docs/architecture.md).

// A figure added (old null), removed (new null) or changed, with its values as written in observations.csv.
export type FigureChange = {
  region: string;
  indicator: string;
  year: number;
  basis: string;
  source: string;
  old: string | null;
  new: string | null;
};

// A `##` section whose drawn text changed, in the languages where it did; its heading in each language ("" before
// the first heading).
export type SectionChange = { id: string; title: Partial<Record<Locale, string>>; locales: Locale[] };

export type EditionChanges = {
  first: boolean;
  // Frontmatter fields whose values changed (title, summary, themes …); `updated` is never one.
  fields: string[];
  sections: SectionChange[];
  figures: FigureChange[];
};

export type Edition = {
  slug: string;
  number: number;
  // null: the working copy's changes, not yet committed (an unpublished edition; it has no page of its own).
  commit: string | null;
  time: string; // the commit's date and time (ISO 8601, the committer's offset)
  date: string; // YYYY-MM-DD, as the committer's clock read
  title: Record<Locale, string>;
  changes: EditionChanges;
  // The git blobs of zh.mdx and en.mdx at this edition (null when unpublished).
  texts: Record<Locale, string> | null;
};

// What an edition page needs besides its text: the case's figures then, the ledger's choices and the units.
export type EditionFigures = { rows: FigureRow[]; ledger: LedgerRow[]; units: Record<string, string> };

export type DataEdition = { number: number; commit: string | null; time: string; date: string; files: string[] };

// The edition a citation cites: its number, date, commit, permanent path (after the locale prefix) and absolute URL
// in each language (SITE_URL). Unpublished (the working copy's changes): no commit, and the case's own page.
export type EditionRef = {
  number: number;
  date: string;
  commit: string | null;
  path: string;
  url: Record<Locale, string>;
  unpublished: boolean;
};

import { LANG_TAG, type Locale } from "../i18n/routing";

// Dates and times on the desk's pages (lists, comments, invitations), in the desk's language.
export const deskDate = (locale: Locale) =>
  new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: "medium", timeStyle: "short" });

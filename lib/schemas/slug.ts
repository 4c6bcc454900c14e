// The one pattern for a slug (a case, a region, a glossary id, a URL segment): lowercase letters, digits, single hyphens.
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// An indicator key, as in observations.csv: lowercase letters, digits, single underscores.
export const KEY = /^[a-z0-9]+(_[a-z0-9]+)*$/;

// Folders of app/[locale]/cases/ that are pages of the index, not cases: a case by that name could never be reached.
export const RESERVED_CASE_SLUGS = ["filter", "page"] as const;
export const isReservedSlug = (slug: string) => (RESERVED_CASE_SLUGS as readonly string[]).includes(slug);

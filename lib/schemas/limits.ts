import { issueMessage } from "../problems/issues";

// Size limits on everything the desk accepts (README, "The editors' desk"); each is far above any real entry.
export const SLUG_MAX = 64; // a folder name and a URL segment
export const NAME_MAX = 200; // region, user and publisher names
export const CELL_MAX = 1000; // one CSV text cell: a title, a note, a label, a definition
export const URL_MAX = 2000;
export const NUMBER_MAX = 32; // a decimal written as text
export const LINE_MAX = 400; // a case's title, summary, theme sentence
export const COMMENT_MAX = 5000;
export const EMAIL_MAX = 254;
export const MDX_MAX = 200_000; // characters of MDX per language
export const CSV_BATCH_MAX = 1_000_000; // characters of one CSV batch of figures
export const ROWS_MAX = 500; // rows added in one request

// The field-level message for a text past its limit, worded from the Issues texts.
export const atMost = (max: number) => issueMessage("atMostChars", { max });

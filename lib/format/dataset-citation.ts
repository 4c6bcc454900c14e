import en from "../../messages/en.json" with { type: "json" };
import zh from "../../messages/zh.json" with { type: "json" };
import type { Locale } from "../i18n/routing";

// The one description of the dataset as a citable work: the /data page's citation, datapackage.json, CITATION.cff and
// the data package's README all take it from here.
export const DATASET = {
  title: { zh: "减贫指标数据集", en: "Dataset of poverty-alleviation indicators" },
  // The site is the author and the publisher (a group author).
  publisher: { zh: zh.Site.name, en: en.Site.name },
  // A path on the site: it redirects to the reader's language (/zh/data or /en/data).
  path: "/data",
  licence: {
    id: "CC-BY-4.0",
    title: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  softwareLicence: "MIT",
  keywords: ["poverty alleviation", "China", "targeted poverty alleviation", "rural poverty", "减贫", "精准扶贫"],
} as const;

// Which edition of the data a copy is: `version` names it, `date` (YYYY-MM-DD) is when it was made, `commit` the
// commit of content/data it was built from.
export type Edition = { version: string; date: string; commit: string };

// The dataset's citation in a language's usual style: GB/T 7714-2015 for a dataset ([DS/OL]) in Chinese, APA 7 for a
// data set in English. `url` is the dataset's absolute URL (the site's origin + DATASET.path).
export function datasetCitation(locale: Locale, edition: Pick<Edition, "version" | "date">, url: string): string {
  const publisher = DATASET.publisher[locale];
  const title = DATASET.title[locale];
  if (locale === "zh") return `${publisher}. ${title}[DS/OL]. 版本 ${edition.version}. (${edition.date}). ${url}.`;
  return `${publisher}. (${edition.date.slice(0, 4)}). ${title} (Version ${edition.version}) [Data set]. ${url}`;
}

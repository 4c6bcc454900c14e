import { stringify } from "yaml";
import { DATASET, type Edition } from "./dataset-citation";

// Citation File Format 1.2.0 (https://citation-file-format.github.io/), written from DATASET.
const authors = [{ name: DATASET.publisher.en, alias: DATASET.publisher.zh }];
const message = (what: string) =>
  `If you use ${what}, please cite the dataset as below, and the original publisher of each figure (sources.csv).`;
const abstract =
  "Poverty incidence, poor population, income and other indicators of poverty alleviation in China by region and " +
  `year, each figure with its statistical basis and its published source, in Chinese and English (${DATASET.title.zh}).`;

// The repository's CITATION.cff: the software, with the dataset as what to cite. The edition, date and URL are known
// only when the data are built, so they are in the data package's copy (datasetCff), not here.
export function repositoryCff(): string {
  return write(
    "Written by scripts/citation-cff.ts from lib/format/dataset-citation.ts; the data package's copy adds the edition.",
    {
      "cff-version": "1.2.0",
      message: message("this software or its data"),
      type: "software",
      title: DATASET.publisher.en,
      authors,
      license: DATASET.softwareLicence,
      keywords: [...DATASET.keywords],
      "preferred-citation": {
        type: "data",
        title: DATASET.title.en,
        authors,
        publisher: { name: DATASET.publisher.en, alias: DATASET.publisher.zh },
        license: DATASET.licence.id,
        abstract,
      },
    },
  );
}

// The data package's CITATION.cff: the dataset of one edition, at its URL.
export function datasetCff(edition: Edition, url: string): string {
  return write("The dataset, as datapackage.json describes it (Frictionless Data Package v1).", {
    "cff-version": "1.2.0",
    message: message("these data"),
    type: "dataset",
    title: DATASET.title.en,
    authors,
    version: edition.version,
    "date-released": edition.date,
    ...(edition.commit && { commit: edition.commit }),
    url,
    license: DATASET.licence.id,
    abstract,
    keywords: [...DATASET.keywords],
  });
}

function write(comment: string, doc: Record<string, unknown>): string {
  return `# ${comment}\n${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

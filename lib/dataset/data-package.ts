import crypto from "node:crypto";
import { DATA_DICTIONARY } from "../data/dictionary";
import type { Bilingual } from "../data/types";
import { DATASET, type Edition } from "../format/dataset-citation";
import {
  DATA_FILES,
  FOREIGN_KEYS,
  PRIMARY_KEY,
  SOURCE_INTERNAL_COLUMNS,
  type DataFileName,
  type SourceRow,
} from "../schemas/data";
import { tableFields, TableSchemaError, type TableField } from "./table-schema";

// The bulk download as a Frictionless Data Package v1 (https://specs.frictionlessdata.io/data-package/): the files'
// names on the site (/data/…) and in the ZIP, which hold the same files side by side.
export const BULK = {
  descriptor: "datapackage.json",
  zip: "poverty-cases-datapackage.zip",
  readme: "README.md",
  licence: "LICENSE.txt",
  citation: "CITATION.cff",
  database: "poverty-cases.sqlite",
} as const;
// The files of the ZIP besides the CSV files, first, in this order.
export const PACKAGE_EXTRAS = [BULK.descriptor, BULK.readme, BULK.citation, BULK.licence] as const;
// The published CSV files, in the order the package lists them (the observations first: they are the data).
export const PACKAGE_TABLES = [
  "observations",
  "regions",
  "indicators",
  "bases",
  "sources",
  "events",
  "disagreements",
] as const satisfies readonly DataFileName[];

// Columns the published copy of a file leaves out (publicCsv).
const HIDDEN: Partial<Record<DataFileName, readonly string[]>> = { sources: SOURCE_INTERNAL_COLUMNS };

export type Resource = {
  profile: "tabular-data-resource";
  name: DataFileName;
  path: string;
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  dialect: { delimiter: ","; lineTerminator: "\n"; quoteChar: '"'; doubleQuote: true; header: true };
  schema: {
    fields: TableField[];
    missingValues: [""];
    primaryKey?: string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
};
export type DataPackage = {
  profile: "tabular-data-package";
  name: string;
  id: string;
  title: string;
  description: string;
  version: string;
  created: string;
  homepage: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string; role: "publisher"; path: string }[];
  sources: { title: string; path?: string }[];
  resources: Resource[];
};

export type PackageInput = {
  edition: Edition;
  // The site's origin, without a trailing slash.
  siteUrl: string;
  // The published text of each CSV file (publicCsv), by file name without .csv.
  csv: Record<DataFileName, string>;
  // The sources, as db:build validated them: the package names each one.
  sources: SourceRow[];
};

const both = (b: Bilingual, sep: string) => `${b.en}${sep}${b.zh}`;

// datapackage.json, built from the zod row schemas (fields, types, constraints), the keys db:build enforces, the
// data dictionary (titles and descriptions in both languages) and DATASET (title, publisher, licence).
export function dataPackage({ edition, siteUrl, csv, sources }: PackageInput): DataPackage {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(edition.date))
    throw new TableSchemaError(`data package: the edition's date must be YYYY-MM-DD, not "${edition.date}"`);
  return {
    profile: "tabular-data-package",
    name: "china-poverty-alleviation-indicators",
    id: `${siteUrl}/data/${BULK.descriptor}`,
    title: DATASET.title.en,
    description: [
      `${DATASET.title.zh}（${DATASET.publisher.zh}）`,
      "Every figure behind the case studies of the China Poverty Alleviation Case Library: one row of observations.csv " +
        "per figure, with its region, indicator, year, statistical basis and published source. Cite this dataset and " +
        "the original publisher of each figure (the source column, described in sources.csv).",
      "中国减贫案例库各案例所用的全部数字：observations.csv 的每一行是一个数字，附地区、指标、年份、统计口径和公开来源。" +
        "引用时请同时注明本数据集和每个数字的原始发布机构（source 列，见 sources.csv）。",
    ].join("\n\n"),
    version: edition.version,
    created: `${edition.date}T00:00:00Z`,
    homepage: `${siteUrl}${DATASET.path}`,
    keywords: [...DATASET.keywords],
    licenses: [{ name: DATASET.licence.id, path: DATASET.licence.url, title: DATASET.licence.title }],
    contributors: [{ title: both(DATASET.publisher, " / "), role: "publisher", path: siteUrl }],
    sources: sources.map((s) => ({
      // The original title, and its English translation in brackets when the source is not in English.
      title: s.language === "en" || s.title === s.title_en ? s.title : `${s.title} [${s.title_en}]`,
      ...(s.url && { path: s.url }),
    })),
    resources: PACKAGE_TABLES.map((name) => resource(name, csv[name])),
  };
}

function resource(name: DataFileName, text: string): Resource {
  const file = `${name}.csv`;
  const table = DATA_DICTIONARY.find((t) => t.file === file);
  if (!table) throw new TableSchemaError(`${file}: no table of lib/data/dictionary.ts describes it`);
  const described = columnDescriptions(table.columns);
  const fields = tableFields(file, DATA_FILES[name], HIDDEN[name]).map((f) => {
    const description = described.get(f.name);
    if (!description)
      throw new TableSchemaError(`${file}: column ${f.name} has no description in lib/data/dictionary.ts`);
    return {
      name: f.name,
      type: f.type,
      ...(f.format && { format: f.format }),
      description: both(description, "\n\n"),
      constraints: f.constraints,
    };
  });
  const header = text.split("\n", 1)[0]!.replace(/^\uFEFF/, "");
  if (header !== fields.map((f) => f.name).join(","))
    throw new TableSchemaError(
      `${file}: its header (${header}) is not the schema's columns (${fields.map((f) => f.name).join(",")})`,
    );
  const primaryKey: readonly string[] = PRIMARY_KEY[name];
  const foreignKeys = Object.entries(FOREIGN_KEYS[name] as Record<string, DataFileName>).map(([field, target]) => ({
    fields: field,
    // Table Schema names a reference to the same table with the empty string.
    reference: { resource: target === name ? "" : target, fields: PRIMARY_KEY[target][0]! },
  }));
  return {
    profile: "tabular-data-resource",
    name,
    path: file,
    title: both(table.title, " / "),
    description: both(table.description, "\n\n"),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: Buffer.byteLength(text),
    hash: `sha256:${crypto.createHash("sha256").update(text).digest("hex")}`,
    dialect: { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields,
      missingValues: [""],
      ...(primaryKey.length && { primaryKey: [...primaryKey] }),
      ...(foreignKeys.length && { foreignKeys }),
    },
  };
}

// The dictionary names columns as "csv_name / databaseName" and groups some ("name_zh, name_en"): each CSV column gets
// its group's text.
function columnDescriptions(columns: { name: string; description: Bilingual }[]): Map<string, Bilingual> {
  const map = new Map<string, Bilingual>();
  for (const c of columns) for (const n of c.name.split(" / ")[0]!.split(", ")) map.set(n.trim(), c.description);
  return map;
}

import type { Bilingual } from "../data/types";

// The standards the bulk download follows, named on the /data page and in the data package's README.
export const STANDARDS: { name: string; url?: string; what: Bilingual }[] = [
  {
    name: "Frictionless Data Package v1 (Tabular Data Package)",
    url: "https://specs.frictionlessdata.io/tabular-data-package/",
    what: {
      zh: "数据集的名称、版本、许可、来源和每个文件的说明（datapackage.json）。",
      en: "the dataset's name, version, licence, sources and a description of every file (datapackage.json).",
    },
  },
  {
    name: "Frictionless Table Schema v1",
    url: "https://specs.frictionlessdata.io/table-schema/",
    what: {
      zh: "每个 CSV 文件的列、类型、约束（必填、取值范围、格式）、主键和外键。",
      en: "each CSV file's columns, types, constraints (required, allowed values, patterns), primary and foreign keys.",
    },
  },
  {
    name: "CSV (RFC 4180), UTF-8",
    url: "https://www.rfc-editor.org/rfc/rfc4180",
    what: {
      zh: "逗号分隔，首行为列名，空白单元格表示无值。",
      en: "comma-separated, a header row, an empty cell for no value.",
    },
  },
  {
    name: "Citation File Format 1.2.0",
    url: "https://citation-file-format.github.io/",
    what: { zh: "如何引用本数据集（CITATION.cff）。", en: "how to cite the dataset (CITATION.cff)." },
  },
  {
    name: "SPDX License List",
    url: "https://spdx.org/licenses/",
    what: { zh: "许可证标识符（CC-BY-4.0、MIT）。", en: "licence identifiers (CC-BY-4.0, MIT)." },
  },
  {
    name: "ISO 8601",
    url: "https://www.iso.org/iso-8601-date-and-time-format.html",
    what: {
      zh: "日期写作 YYYY、YYYY-MM 或 YYYY-MM-DD，精度与来源一致。",
      en: "dates as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.",
    },
  },
  {
    name: "BCP 47",
    url: "https://www.rfc-editor.org/info/bcp47",
    what: {
      zh: "语言代码（sources.csv 的 language 列：zh、en）。",
      en: "language tags (the language column of sources.csv: zh, en).",
    },
  },
  {
    name: "GB/T 2260",
    what: {
      zh: "行政区划代码（regions.csv 的 adcode 列）。",
      en: "administrative division codes (the adcode column of regions.csv).",
    },
  },
];

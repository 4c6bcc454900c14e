import { eventRow, indicatorRow, regionRow, sourceRow } from "../schemas/data";
import type { Bilingual } from "./types";

type Column = { name: string; type: string; description: Bilingual };
type Table = { table: string; title: Bilingual; file: string; description: Bilingual; columns: Column[] };

// A column's allowed values, read from its schema so the dictionary cannot drift from what db:build accepts.
const oneOf = (options: readonly string[]) => options.join(" | ");
const PARTIAL_DATE = "YYYY | YYYY-MM | YYYY-MM-DD";

// The data dictionary: every table of the SQLite file and every column of its CSV source.
export const DATA_DICTIONARY: Table[] = [
  {
    table: "Region",
    title: { zh: "地区", en: "Regions" },
    file: "regions.csv",
    description: {
      zh: "地区：国家、省、地（市、州）、县（市）以及县域组合。",
      en: "Regions: the country, provinces, prefectures, counties and groups of counties.",
    },
    columns: [
      {
        name: "slug",
        type: "text",
        description: {
          zh: "地区标识（小写字母、数字和连字符），在网址和 API 中使用。",
          en: "Region id (lowercase letters, digits, hyphens), used in URLs and the API.",
        },
      },
      { name: "name_zh / nameZh", type: "text", description: { zh: "中文名称。", en: "Chinese name." } },
      { name: "name_en / nameEn", type: "text", description: { zh: "英文名称。", en: "English name." } },
      {
        name: "level",
        type: oneOf(regionRow.shape.level.options),
        description: {
          zh: "行政层级；group 表示若干县的合计。",
          en: "Administrative level; group means several counties taken together.",
        },
      },
      {
        name: "parent / parentSlug",
        type: "text",
        description: { zh: "上级地区的标识。", en: "The slug of the region above it." },
      },
      {
        name: "adcode",
        type: "text",
        description: {
          zh: "行政区划代码（GB/T 2260），用于在地图上定位。",
          en: "Administrative division code (GB/T 2260), used to place the region on the map.",
        },
      },
    ],
  },
  {
    table: "Indicator",
    title: { zh: "指标", en: "Indicators" },
    file: "indicators.csv",
    description: { zh: "指标及其单位和定义。", en: "Indicators with their units and definitions." },
    columns: [
      {
        name: "key",
        type: "text",
        description: { zh: "指标标识，如 poverty_incidence。", en: "Indicator id, e.g. poverty_incidence." },
      },
      { name: "name_zh, name_en", type: "text", description: { zh: "中英文名称。", en: "Chinese and English names." } },
      {
        name: "unit",
        type: oneOf(indicatorRow.shape.unit.options),
        description: {
          zh: "数值的单位：10k_persons 为万人，100m_yuan 为亿元。",
          en: "Unit of the values: 10k_persons is tens of thousands of people, 100m_yuan is hundreds of millions of yuan.",
        },
      },
      {
        name: "definition_zh, definition_en",
        type: "text",
        description: { zh: "中英文定义。", en: "Definitions in Chinese and English." },
      },
    ],
  },
  {
    table: "Basis",
    title: { zh: "统计口径", en: "Bases" },
    file: "bases.csv",
    description: {
      zh: "统计口径：说明一个数字统计的是什么。不同口径的数据是不同的序列。",
      en: "Bases: what a figure counts. Figures on different bases are different series.",
    },
    columns: [
      {
        name: "key",
        type: "text",
        description: {
          zh: "口径标识，如 nbs-survey、registered-poor。",
          en: "Basis id, e.g. nbs-survey, registered-poor.",
        },
      },
      {
        name: "name_zh, name_en, note_zh, note_en",
        type: "text",
        description: { zh: "中英文名称与说明。", en: "Names and explanations in both languages." },
      },
    ],
  },
  {
    table: "Source",
    title: { zh: "来源", en: "Sources" },
    file: "sources.csv",
    description: {
      zh: "来源：每个数字和事件引用的出版物。",
      en: "Sources: the publications each figure and event cites.",
    },
    columns: [
      { name: "id", type: "text", description: { zh: "来源标识。", en: "Source id." } },
      {
        name: "title, title_en",
        type: "text",
        description: {
          zh: "原文标题及其英文翻译；标题不详时为对该条目的描述。",
          en: "Title in the original language and its English translation; where the headline is unknown, a description of the item.",
        },
      },
      {
        name: "author, author_en / author, authorEn",
        type: "text",
        description: {
          zh: "来源署名的记者或作者（中英文）；空白表示来源未署名。",
          en: "The reporter or author the source names, in both languages; empty when it names none.",
        },
      },
      {
        name: "publisher, publisher_en",
        type: "text",
        description: { zh: "发布机构（中英文）。", en: "Publisher, in both languages." },
      },
      {
        name: "date",
        type: PARTIAL_DATE,
        description: {
          zh: "发布日期；空白表示日期不详（见 note_zh）。",
          en: "Publication date; empty when undated (see note_en).",
        },
      },
      {
        name: "url",
        type: "text",
        description: {
          zh: "原始出版物的网址：仅在核实该网页的标题、发布机构和日期与本条一致时填写。",
          en: "URL of the original publication, recorded only when the page was confirmed to have the same title, publisher and date.",
        },
      },
      {
        name: "locator_zh, locator_en / locatorZh, locatorEn",
        type: "text",
        description: {
          zh: "印刷版位置（版次、期号、页码或报告编号），中英文各一。",
          en: "Print locator (page, issue or report number), in Chinese and in English.",
        },
      },
      {
        name: "language",
        type: oneOf(sourceRow.shape.language.options),
        description: { zh: "来源的语言。", en: "Language of the source." },
      },
      {
        name: "note_zh, note_en / noteZh, noteEn",
        type: "text",
        description: { zh: "面向读者的说明，中英文各一。", en: "Public notes for readers, in Chinese and in English." },
      },
    ],
  },
  {
    table: "Observation",
    title: { zh: "观测值", en: "Observations" },
    file: "observations.csv",
    description: {
      zh: "观测值：某个来源给出的某地区某指标某年在某口径下的一个数字。同一地区、指标、年份和口径可有几个来源的数字；数值不同时见 disagreements.csv。",
      en: "Observations: one source's figure for a region, indicator, year and basis. The same region, indicator, year and basis may have figures from several sources; where they differ, see disagreements.csv.",
    },
    columns: [
      { name: "region / regionSlug", type: "text", description: { zh: "地区标识。", en: "Region slug." } },
      { name: "indicator / indicatorKey", type: "text", description: { zh: "指标标识。", en: "Indicator key." } },
      {
        name: "year",
        type: "integer",
        description: {
          zh: "数字所描述的年份（除备注另有说明外为年末）。",
          en: "The year the figure describes (end of year unless the note says otherwise).",
        },
      },
      {
        name: "value",
        type: "decimal",
        description: {
          zh: "按指标单位、照原文精度记录的数值。",
          en: "The value in the indicator's unit, at the precision published.",
        },
      },
      {
        name: "decimals",
        type: "integer",
        description: {
          zh: "原文给出的小数位数（0.60 与 0.6 不同）；只在数据库中有此列。",
          en: "Decimals as published (0.60 is not 0.6); in the database only.",
        },
      },
      { name: "basis / basisKey", type: "text", description: { zh: "统计口径。", en: "Basis." } },
      { name: "source / sourceId", type: "text", description: { zh: "来源标识。", en: "Source id." } },
      {
        name: "note_zh, note_en",
        type: "text",
        description: {
          zh: "中英文备注：时期、推算方法等。",
          en: "Notes in both languages: period, derivation and the like.",
        },
      },
      {
        name: "year_inferred_zh, year_inferred_en / yearInferredZh, yearInferredEn",
        type: "text",
        description: {
          zh: "来源未写明年份时，年份据何推算（中英文）；空白表示来源写明了年份。",
          en: "Where the source does not state the year, what the year was inferred from, in both languages; empty when the source states it.",
        },
      },
      {
        name: "preferred",
        type: "boolean",
        description: {
          zh: "只在 API 的回答中：false 表示来源之间有出入、编辑采用了另一来源的数值（见 disagreements.csv）；其余为 true。图表及其下载只含采用的数值。",
          en: "In the API's answers only: false where sources disagree and the editors prefer another source's value (see disagreements.csv); true otherwise. Charts and their downloads hold the preferred values only.",
        },
      },
    ],
  },
  {
    table: "Disagreement",
    title: { zh: "来源之间的出入", en: "Disagreements between sources" },
    file: "disagreements.csv",
    description: {
      zh: "几个来源对同一地区、指标和口径给出不同的数值（同一年的不同数值，或不能连成一条线的数值），以及编辑采用的来源和原因。",
      en: "Where sources give different values for one region, indicator and basis (different values for one year, or values that cannot be one series), the source the editors prefer, and why.",
    },
    columns: [
      { name: "region / regionSlug", type: "text", description: { zh: "地区标识。", en: "Region slug." } },
      { name: "indicator / indicatorKey", type: "text", description: { zh: "指标标识。", en: "Indicator key." } },
      { name: "basis / basisKey", type: "text", description: { zh: "统计口径。", en: "Basis." } },
      {
        name: "years",
        type: "YYYY | YYYY YYYY …",
        description: {
          zh: "涉及的年份，多个年份以空格分隔；这些年份的观测值即这一行的成员。",
          en: "The years concerned, separated by spaces; the observations in those years are the row's members.",
        },
      },
      {
        name: "preferred_source / preferredSourceId",
        type: "text",
        description: {
          zh: "编辑采用的来源：它的数值画在图上、用于要点；其他来源的数值列在“来源之间的出入”中。",
          en: "The source the editors prefer: its values are drawn and used in key facts; the others are listed under “Where sources disagree”.",
        },
      },
      {
        name: "note_zh, note_en / noteZh, noteEn",
        type: "text",
        description: { zh: "数值为何不同（中英文）。", en: "Why the values differ, in both languages." },
      },
    ],
  },
  {
    table: "Event",
    title: { zh: "事件", en: "Events" },
    file: "events.csv",
    description: { zh: "事件：时间线上的里程碑，附来源。", en: "Events: timeline milestones, with sources." },
    columns: [
      { name: "region / regionSlug", type: "text", description: { zh: "地区标识。", en: "Region slug." } },
      {
        name: "date",
        type: PARTIAL_DATE,
        description: { zh: "日期，精度与来源一致。", en: "Date, as precise as the source." },
      },
      {
        name: "kind",
        type: oneOf(eventRow.shape.kind.options),
        description: { zh: "事件类型。", en: "Kind of event." },
      },
      {
        name: "label_zh, label_en",
        type: "text",
        description: { zh: "中英文描述。", en: "Description in both languages." },
      },
      { name: "source / sourceId", type: "text", description: { zh: "来源标识。", en: "Source id." } },
    ],
  },
];

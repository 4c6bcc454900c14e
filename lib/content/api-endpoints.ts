import type { Bilingual } from "../data/types";

type Param = { name: string; description: Bilingual };
export type Endpoint = { path: string; description: Bilingual; params: Param[]; example: string };

const format: Param = { name: "format", description: { zh: "json（默认）或 csv。", en: "json (default) or csv." } };

// The open data API as documented on /data; the examples are fetched from the same handlers at build time.
export const API_ENDPOINTS: Endpoint[] = [
  { path: "/api/v1/regions", description: { zh: "全部地区。", en: "All regions." }, params: [format], example: "/api/v1/regions" },
  { path: "/api/v1/indicators", description: { zh: "全部指标及其单位和定义。", en: "All indicators with units and definitions." }, params: [format], example: "/api/v1/indicators" },
  { path: "/api/v1/sources", description: { zh: "全部来源。", en: "All sources." }, params: [format], example: "/api/v1/sources?format=csv" },
  {
    path: "/api/v1/disagreements",
    description: {
      zh: "来源之间的出入：各来源数值不同之处、编辑采用的来源及原因；JSON 另附所涉观测值（observations）及其来源。",
      en: "Disagreements between sources: where sources give different values, the source the editors prefer and why; the JSON answer adds the observations concerned and their sources.",
    },
    params: [
      { name: "region", description: { zh: "地区标识，可用逗号分隔多个，如 hunan。", en: "Region slug(s), comma-separated, e.g. hunan." } },
      { name: "indicator", description: { zh: "指标标识，可用逗号分隔多个，如 poor_population。", en: "Indicator key(s), comma-separated, e.g. poor_population." } },
      format,
    ],
    example: "/api/v1/disagreements",
  },
  {
    path: "/api/v1/observations",
    description: {
      zh: "观测值，附其引用的来源。几个来源对同一数字说法不一时，每个来源各有一行：preferred 为 true 的是编辑采用、图上所画的数值；year_inferred_zh/en 写明来源未给出的年份据何推算。",
      en: "Observations, with the sources they cite. Where sources disagree on a figure, each source has its own row: preferred is true for the value the editors prefer and the charts draw; year_inferred_zh/en say what a year the source does not state was inferred from.",
    },
    params: [
      { name: "region", description: { zh: "地区标识，可用逗号分隔多个（最多20个），如 lichuan,xiangxi。", en: "Region slug(s), comma-separated (up to 20), e.g. lichuan,xiangxi." } },
      { name: "indicator", description: { zh: "指标标识，可用逗号分隔多个，如 poverty_incidence。", en: "Indicator key(s), comma-separated, e.g. poverty_incidence." } },
      { name: "basis", description: { zh: "统计口径，如 nbs-survey。", en: "Basis, e.g. nbs-survey." } },
      { name: "from, to", description: { zh: "年份范围（1949—2100，含首尾）。", en: "Year range (1949–2100, inclusive)." } },
      format,
    ],
    example: "/api/v1/observations?region=lichuan&indicator=poverty_incidence",
  },
];

export const API_ERRORS: Bilingual = {
  zh: "参数错误返回 400，JSON 为 { error, issues }，issues 逐项指出参数名和原因；未知的地区、指标或口径返回 404。响应可缓存一天：数据只在网站重新构建时变化。",
  en: "A bad parameter returns 400 with JSON { error, issues }, each issue naming the parameter and the reason; an unknown region, indicator or basis returns 404. Responses may be cached for a day: the data change only when the site is rebuilt.",
};

// One naming scheme for every endpoint: the CSV's column names (documented on /data beside the errors).
export const API_NAMING: Bilingual = {
  zh: "所有端点的字段名都与批量下载的 CSV 列名相同（蛇形命名，如 name_zh、title_en、locator_zh），JSON 与 CSV 一致。/api/v1/sources 以前返回 titleEn、publisherEn、locatorZh、noteZh 等名称，现已改为 title_en、publisher_en、locator_zh、note_zh；observations 响应中附带的 sources 也一样。",
  en: "Every endpoint names its fields as the bulk CSV files name their columns (snake_case, such as name_zh, title_en, locator_zh), in JSON and CSV alike. /api/v1/sources used to answer with titleEn, publisherEn, locatorZh, noteZh and the like; these are now title_en, publisher_en, locator_zh, note_zh, and so are the sources included with an observations answer.",
};

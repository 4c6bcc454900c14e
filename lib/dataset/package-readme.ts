import { DATA_DICTIONARY } from "../data/dictionary";
import { DATASET, datasetCitation } from "../format/dataset-citation";
import type { Locale } from "../i18n/routing";
import { colon } from "../format/punct";
import { BULK, type DataPackage } from "./data-package";
import { STANDARDS } from "./standards";

const TEXT = {
  zh: {
    heading: "中文",
    intro: (p: DataPackage) =>
      `${DATASET.publisher.zh}的减贫指标数据：各案例所用的全部数字，每个数字附地区、指标、年份、统计口径和公开来源。版本 ${p.version}（${p.created.slice(0, 10)}）。`,
    files: "文件",
    file: "文件",
    what: "内容",
    rows: "行数",
    descriptor: "数据包说明（Frictionless Data Package）：每个文件的列、类型、约束和键",
    readme: "本说明",
    citation: "引用信息（Citation File Format）",
    licence: "许可协议全文（CC BY 4.0）",
    cite: "引用",
    citeBody: "请同时注明本数据集和每个数字的原始发布机构（observations.csv 的 source 列，见 sources.csv）：",
    licenceHeading: "许可",
    licenceBody: `数据采用 ${DATASET.licence.title}（${DATASET.licence.id}）许可：${DATASET.licence.url} ，全文见 ${BULK.licence}。`,
    standards: "遵循的标准",
    check: "校验",
    checkBody: "用 Frictionless 的工具可以检查每个文件是否符合 datapackage.json 的说明，例如：",
  },
  en: {
    heading: "English",
    intro: (p: DataPackage) =>
      `The poverty-alleviation indicators of the ${DATASET.publisher.en}: every figure behind its case studies, each with its region, indicator, year, statistical basis and published source. Version ${p.version} (${p.created.slice(0, 10)}).`,
    files: "Files",
    file: "File",
    what: "What it holds",
    rows: "Rows",
    descriptor:
      "The package's description (Frictionless Data Package): every file's columns, types, constraints and keys",
    readme: "This file",
    citation: "How to cite (Citation File Format)",
    licence: "The licence's full text (CC BY 4.0)",
    cite: "How to cite",
    citeBody:
      "Cite this dataset and the original publisher of each figure (the source column of observations.csv, described in sources.csv):",
    licenceHeading: "Licence",
    licenceBody: `The data are licensed under ${DATASET.licence.title} (${DATASET.licence.id}): ${DATASET.licence.url}; the full text is in ${BULK.licence}.`,
    standards: "Standards followed",
    check: "Checking the files",
    checkBody: "Frictionless's tools check every file against datapackage.json, for example:",
  },
} as const;

// The data package's README.md: the same sections in Chinese and in English, from the package it describes.
export function packageReadme(p: DataPackage, rows: Record<string, number>): string {
  const section = (locale: Locale) => {
    const t = TEXT[locale];
    const title = (r: DataPackage["resources"][number]) =>
      DATA_DICTIONARY.find((d) => d.file === r.path)?.title[locale];
    return [
      `## ${t.heading}`,
      t.intro(p),
      `### ${t.files}`,
      [
        `| ${t.file} | ${t.what} | ${t.rows} |`,
        "|---|---|---:|",
        ...p.resources.map((r) => `| \`${r.path}\` | ${title(r)} | ${rows[r.name] ?? ""} |`),
        `| \`${BULK.descriptor}\` | ${t.descriptor} | |`,
        `| \`${BULK.citation}\` | ${t.citation} | |`,
        `| \`${BULK.licence}\` | ${t.licence} | |`,
        `| \`${BULK.readme}\` | ${t.readme} | |`,
      ].join("\n"),
      `### ${t.cite}`,
      t.citeBody,
      `> ${datasetCitation(locale, { version: p.version, date: p.created.slice(0, 10) }, p.homepage)}`,
      `### ${t.licenceHeading}`,
      t.licenceBody,
      `### ${t.standards}`,
      STANDARDS.map((s) => `- ${s.url ? `[${s.name}](${s.url})` : s.name}${colon(locale)}${s.what[locale]}`).join("\n"),
      `### ${t.check}`,
      t.checkBody,
      "```sh\nfrictionless validate datapackage.json\n```",
    ].join("\n\n");
  };
  return (
    [
      `# ${DATASET.title.zh} · ${DATASET.title.en}`,
      `[中文](#中文) · [English](#english)`,
      section("zh"),
      section("en"),
    ].join("\n\n") + "\n"
  );
}

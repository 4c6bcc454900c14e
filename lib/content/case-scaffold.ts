import en from "../../messages/en.json" with { type: "json" };
import zh from "../../messages/zh.json" with { type: "json" };
import { LOCALES, type Locale } from "../i18n/routing";
import type { RegionRow } from "../schemas/data";
import type { Theme } from "../themes";

export type ScaffoldInput = { slug: string; region: RegionRow; province: string; updated: string };

// The one theme a new case starts with; the editor adds the others from the fixed list.
const FIRST_THEME: Theme = "industry";
export const PLACEHOLDER_SOURCE = "todo-source";

const TEXT = {
  zh: {
    title: (r: RegionRow) => `TODO：${r.name_zh}：用一句话点出本案例的特点`,
    summary: "TODO：用一到两句话概括本案例：地区、时期、主要做法和结果。",
    theme: "TODO：用一句话写出本地区在这一方面做了什么。",
    period: "TODO：本案例涵盖的年份",
    sources: "TODO：换成 content/data/sources.csv 里的来源 id",
    headings: { background: "背景", timeline: "历程", measures: "主要举措", results: "成效", lessons: "经验与启示" },
    length: "全文约3000字，中英文内容一致；写够资料能支持的内容即可，不要注水。写完后删除这些注释。",
    background: "地理位置、人口、经济状况和致贫原因。每个事实后用 Cite 组件注明出处（写法见 docs/editing.zh.md）。",
    timeline: "按阶段叙述脱贫历程，写明年份。下面的 Timeline 组件会列出 content/data/events.csv 中本地区的事件；新事件连同出处加到那里。",
    measures: "frontmatter 中每个主题一个 ### 小节，按 docs/case-format.md 固定主题表的顺序排列；增删主题时两个语言文件一起改。",
    theme_body: "本地区在这一方面做了什么、谁参与、投入多少，以资料所述为准。若这个主题不适用，换成合适的主题。",
    results: "成效。数据中的数字一律用 Figure 组件（region、indicator、year）引用，不要手写；先把数字和出处加到 content/data/observations.csv。",
    lessons: "资料认为哪些做法有效、哪些无效，以及尚未解决的问题。",
  },
  en: {
    title: (r: RegionRow) => `TODO: ${r.name_en}: a title that says what is distinctive about this case`,
    summary: "TODO: one or two sentences: the region, the period, the main measures and the results.",
    theme: "TODO: one sentence on what the region did in this area.",
    period: "TODO: the years this case covers",
    sources: "TODO: ids from content/data/sources.csv",
    headings: { background: "Background", timeline: "Timeline", measures: "Measures", results: "Results", lessons: "Lessons" },
    length: "About 2,000 words in all, with the same content as the Chinese text; write what the sources support and never pad. Delete these comments as you go.",
    background: "Geography, population, economy and the causes of poverty. Follow each statement with a Cite component naming its source (see docs/editing.md).",
    timeline: "The stages of the campaign in prose, with years. The Timeline component below lists this region's events from content/data/events.csv; add new events there, with their source.",
    measures: "One ### sub-section per theme in the frontmatter, in the order of the fixed list in docs/case-format.md; add or remove themes in both language files together.",
    theme_body: "What the region did here, who took part and what it cost, as the sources describe it. If this theme does not fit, replace it with one that does.",
    results: "Outcomes. Every number from the data goes through a Figure component (region, indicator, year), never typed by hand; add the figure and its source to content/data/observations.csv first.",
    lessons: "What the sources say worked and what did not, and the open questions.",
  },
} as const;

const THEME_LABELS: Record<Locale, Record<Theme, string>> = { zh: zh.Themes, en: en.Themes };

// A new case file: valid frontmatter and MDX with the standard sections, clearly unfinished (content:check flags the TODOs).
export function scaffoldCase(locale: Locale, input: ScaffoldInput): string {
  const t = TEXT[locale];
  const h = t.headings;
  const q = (s: string) => JSON.stringify(s);
  const comment = (s: string) => `{/* ${s} */}`;
  return [
    "---",
    `title: ${q(t.title(input.region))}`,
    `summary: ${q(t.summary)}`,
    `region: ${input.slug}`,
    `level: ${input.region.level}`,
    `province: ${input.province}`,
    `period: { start: 2013, end: 2020 }   # ${t.period}`,
    "themes:",
    `  ${FIRST_THEME}: ${q(t.theme)}`,
    `sources: [${PLACEHOLDER_SOURCE}]   # ${t.sources}`,
    `updated: ${input.updated}`,
    "---",
    "",
    comment(t.length),
    "",
    `## ${h.background} {#background}`,
    "",
    comment(t.background),
    "",
    `## ${h.timeline} {#timeline}`,
    "",
    comment(t.timeline),
    "",
    "<Timeline />",
    "",
    `## ${h.measures} {#measures}`,
    "",
    comment(t.measures),
    "",
    `### ${THEME_LABELS[locale][FIRST_THEME]} {#${FIRST_THEME}}`,
    "",
    comment(t.theme_body),
    "",
    `## ${h.results} {#results}`,
    "",
    comment(t.results),
    "",
    `## ${h.lessons} {#lessons}`,
    "",
    comment(t.lessons),
    "",
  ].join("\n");
}

// The notes the template leaves as {/* … */} comments, in both languages: content:check refuses a case that still holds one.
export const TEMPLATE_NOTES: readonly string[] = LOCALES.flatMap((l) => {
  const { length, background, timeline, measures, theme_body, results, lessons } = TEXT[l];
  return [length, background, timeline, measures, theme_body, results, lessons];
});

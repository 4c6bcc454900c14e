import "server-only";
import { parseDocument } from "yaml";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { planRegion, type RegionFlags } from "../editor/case-new";
import { scaffoldCase } from "../content/case-scaffold";
import { issueMessage } from "../problems/issues";
import { splitFrontmatter } from "../content/parse-case";
import type { RegionRow } from "../schemas/data";
import type { DraftRow, NewCaseInput } from "../schemas/desk";
import { THEMES, type Theme } from "../themes";
import { LOCALES, type Locale } from "../i18n/routing";

export type NewCaseFiles = { zh: string; en: string; region: DraftRow | null };
export type FieldProblem = { field: string; message: string };

const LABELS = { zh: zh.Themes, en: en.Themes } as const;

// The scaffolder's files (npm run case:new), with the form's titles, summaries and themes filled in.
export function buildNewCase(input: NewCaseInput, regions: RegionRow[], today: string): NewCaseFiles | FieldProblem[] {
  const planned = planDraftRegion(input, regions);
  if (Array.isArray(planned)) return planned;
  const { plan, region } = planned;
  const files = LOCALES.map((locale) =>
    fill(
      scaffoldCase(locale, { slug: input.slug, region: plan.row, province: plan.province, updated: today }),
      locale,
      input,
    ),
  );
  return { zh: files[0]!, en: files[1]!, region };
}

// The draft's region: an existing one, or a new one described in the form (then also its row in the domain shape, as typed).
export function planDraftRegion(input: Pick<NewCaseInput, "slug" | "newRegion">, regions: RegionRow[]) {
  const flags: RegionFlags = input.newRegion
    ? {
        zhName: input.newRegion.zhName,
        enName: input.newRegion.enName,
        level: input.newRegion.level,
        parent: input.newRegion.parent,
        adcode: input.newRegion.adcode,
      }
    : {};
  if (!input.newRegion && !regions.some((r) => r.slug === input.slug))
    return [{ field: "slug", message: issueMessage("noRegionYet", { slug: input.slug }) }];
  if (input.newRegion && regions.some((r) => r.slug === input.slug))
    return [{ field: "slug", message: issueMessage("regionExists", { slug: input.slug }) }];
  const plan = planRegion(input.slug, flags, regions);
  if (plan.kind === "missing")
    return plan.missing.map((f) => ({ field: `newRegion.${f}`, message: issueMessage("neededForRegion") }));
  // The scaffolder's problems name the value; the form names its own field for it.
  if (plan.kind === "invalid")
    return plan.problems.map((p) => ({
      field: p.flag === "slug" ? "slug" : `newRegion.${p.flag}`,
      message: p.message,
    }));
  const r = plan.row;
  const region: DraftRow | null =
    plan.kind === "new"
      ? {
          slug: r.slug,
          name: { zh: r.name_zh, en: r.name_en },
          level: r.level,
          parent: r.parent ?? "",
          adcode: r.adcode ?? "",
        }
      : null;
  return { plan, region };
}

function fill(text: string, locale: Locale, input: NewCaseInput): string {
  const { yaml, body: scaffoldBody } = splitFrontmatter(text);
  const doc = parseDocument(yaml!);
  doc.set("title", input[`title_${locale}`]);
  doc.set("summary", input[`summary_${locale}`]);
  const chosen = THEMES.filter((t) => input.themes[t]);
  doc.set("themes", doc.createNode(Object.fromEntries(chosen.map((t) => [t, input.themes[t]![locale]]))));
  let body = scaffoldBody;
  // The scaffold has one ### sub-section (industry); the form's themes each get their own, in the fixed order.
  const block = /### [^\n]*\{#industry\}\n\n(\{\/\*[^\n]*\*\/\})\n/.exec(body);
  if (block)
    body = body.replace(
      block[0],
      chosen.map((t: Theme) => `### ${LABELS[locale][t]} {#${t}}\n\n${block[1]}\n`).join("\n"),
    );
  return `---\n${String(doc).trimEnd()}\n---\n${body}`;
}

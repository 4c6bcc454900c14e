import { parseArgs } from "node:util";
import { issueMessage } from "../problems/issues";
import { CASE_LEVELS, regionRow, type RegionRow } from "../schemas/data";
import { isReservedSlug, SLUG } from "../schemas/slug";

export const REGION_FLAGS = {
  zhName: { flag: "--zh-name", prompt: "Chinese name, e.g. 利川市" },
  enName: { flag: "--en-name", prompt: "English name, e.g. Lichuan" },
  level: { flag: "--level", prompt: `level (${CASE_LEVELS.join(" | ")})` },
  parent: { flag: "--parent", prompt: "slug of the parent region in content/data/regions.csv, e.g. enshi" },
  province: { flag: "--province", prompt: "slug of the province the region belongs to, e.g. hubei" },
  adcode: { flag: "--adcode", prompt: "six-digit administrative division code (empty for a group)" },
} as const;
export type RegionFlag = keyof typeof REGION_FLAGS;
// The regions.csv column behind each flag, for the row schema's own problems.
const COLUMN_FLAG: Record<string, RegionFlag | "slug"> = {
  slug: "slug",
  name_zh: "zhName",
  name_en: "enName",
  level: "level",
  parent: "parent",
  adcode: "adcode",
};
export type RegionFlags = Partial<Record<RegionFlag, string>>;

export type CaseNewArgs = { slug?: string; root: string; flags: RegionFlags };

// Throws a readable error for an unknown flag or a second slug; the script prints it and exits 1.
export function parseCaseNewArgs(argv: string[]): CaseNewArgs {
  const options = Object.fromEntries(
    Object.values(REGION_FLAGS).map(({ flag }) => [flag.slice(2), { type: "string" as const }]),
  );
  const parsed = parseArgs({ args: argv, options: { ...options, root: { type: "string" } }, allowPositionals: true });
  const [values, positionals] = [parsed.values as Record<string, string | undefined>, parsed.positionals];
  if (positionals.length > 1) throw new Error(`expected one case slug, got ${positionals.join(" ")}`);
  const flags: RegionFlags = {};
  for (const [name, { flag }] of Object.entries(REGION_FLAGS)) {
    const v = values[flag.slice(2)];
    if (v !== undefined) flags[name as RegionFlag] = v.trim();
  }
  return { slug: positionals[0], root: values.root ?? ".", flags };
}

export function slugProblem(slug: string | undefined, caseExists: boolean): string | undefined {
  if (!slug)
    return "expected a case slug: npm run case:new -- <slug> [--zh-name … --en-name … --level … --parent … --adcode …]";
  if (!SLUG.test(slug))
    return `"${slug}" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. lichuan or hunan-51-counties`;
  if (isReservedSlug(slug)) return issueMessage("reservedSlug", { slug });
  if (caseExists) return `content/cases/${slug} already exists: choose another slug or edit that case`;
  return undefined;
}

// Checks one answer on its own, so an interactive prompt can ask again at once.
export function flagProblem(name: RegionFlag, value: string, regions: RegionRow[], level?: string): string | undefined {
  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  switch (name) {
    case "zhName":
    case "enName":
      return value.trim() === "" ? issueMessage("notEmpty") : undefined;
    case "level":
      return (CASE_LEVELS as readonly string[]).includes(value)
        ? undefined
        : issueMessage("levelExpected", { levels: CASE_LEVELS.join(", "), value });
    case "parent":
      return bySlug.has(value) ? undefined : issueMessage("unknownRegionCsv", { id: value });
    case "province": {
      const p = bySlug.get(value);
      return !p
        ? issueMessage("unknownRegionCsv", { id: value })
        : p.level !== "province"
          ? issueMessage("notAProvince", { id: value, level: p.level })
          : undefined;
    }
    case "adcode":
      if (value === "") return level === "group" ? undefined : issueMessage("adcodeNeeded");
      return /^\d{6}$/.test(value) ? undefined : issueMessage("adcodeInvalid", { value });
  }
}

export type RegionPlan =
  | { kind: "existing"; row: RegionRow; province: string }
  | { kind: "new"; row: RegionRow; province: string }
  | { kind: "missing"; missing: RegionFlag[] }
  | { kind: "invalid"; problems: RegionProblem[] };

// A problem with one value: the command line names it by its flag (--parent), the desk by its form field.
export type RegionProblem = { flag: RegionFlag | "slug"; message: string };
export const regionProblemText = (p: RegionProblem) =>
  `${p.flag === "slug" ? "slug" : REGION_FLAGS[p.flag].flag}: ${p.message}`;

// Decides what the case's region is: an existing row, a new row built from the flags, or what is still missing.
export function planRegion(slug: string, flags: RegionFlags, regions: RegionRow[]): RegionPlan {
  const existing = regions.find((r) => r.slug === slug);
  if (existing) return planExisting(existing, flags, regions);
  const missing = (Object.keys(REGION_FLAGS) as RegionFlag[]).filter(
    (f) => flags[f] === undefined && needed(f, slug, flags, regions),
  );
  if (missing.length) return { kind: "missing", missing };

  const problems = (Object.keys(REGION_FLAGS) as RegionFlag[])
    .filter((f) => flags[f] !== undefined)
    .flatMap((f): RegionProblem[] => {
      const message = flagProblem(f, flags[f]!, regions, flags.level);
      return message ? [{ flag: f, message }] : [];
    });
  if (problems.length) return { kind: "invalid", problems };
  // The row schema has the last word, so a row case:new writes always loads.
  const parsed = regionRow.safeParse({
    slug,
    name_zh: flags.zhName,
    name_en: flags.enName,
    level: flags.level,
    parent: flags.parent,
    adcode: flags.adcode ?? "",
  });
  if (!parsed.success)
    problems.push(
      ...parsed.error.issues.map((i) => ({ flag: COLUMN_FLAG[String(i.path[0])] ?? "slug", message: i.message })),
    );
  const clash = regions.find((r) => flags.adcode && r.adcode === flags.adcode);
  if (clash)
    problems.push({
      flag: "adcode",
      message: issueMessage("adcodeTaken", { adcode: flags.adcode!, slug: clash.slug }),
    });
  const province = flags.level === "province" ? slug : provinceOf(flags.parent, regions);
  if (province && flags.province && flags.province !== province)
    problems.push({ flag: "province", message: issueMessage("provinceChain", { province, expected: flags.province }) });
  if (problems.length || !parsed.success) return { kind: "invalid", problems };
  return { kind: "new", row: parsed.data, province: province ?? flags.province! };
}

function planExisting(row: RegionRow, flags: RegionFlags, regions: RegionRow[]): RegionPlan {
  const current: Record<RegionFlag, string | null> = {
    zhName: row.name_zh,
    enName: row.name_en,
    level: row.level,
    parent: row.parent,
    adcode: row.adcode,
    province: null,
  };
  const province = row.level === "province" ? row.slug : provinceOf(row.parent, regions);
  current.province = province ?? null;
  const problems = (Object.keys(flags) as RegionFlag[])
    .filter((f) => flags[f] !== (current[f] ?? "") && !(f === "province" && province === undefined))
    .map((f): RegionProblem => ({
      flag: f,
      message: issueMessage("regionFlagDiffers", { slug: row.slug, flag: f, value: current[f] ?? "" }),
    }));
  const chosen = province ?? flags.province;
  if (!chosen) return problems.length ? { kind: "invalid", problems } : { kind: "missing", missing: ["province"] };
  const p = flagProblem("province", chosen, regions);
  if (p) problems.push({ flag: "province", message: p });
  return problems.length ? { kind: "invalid", problems } : { kind: "existing", row, province: chosen };
}

function needed(f: RegionFlag, slug: string, flags: RegionFlags, regions: RegionRow[]): boolean {
  if (f === "adcode") return flags.level !== "group";
  // Without a parent yet it is too early to tell; the parent chain usually gives the province.
  if (f === "province")
    return (
      flags.level !== "province" &&
      regions.some((r) => r.slug === flags.parent) &&
      provinceOf(flags.parent, regions) === undefined
    );
  return true;
}

// Walks up the parent chain to the province; undefined for a region outside any province (a national group).
export function provinceOf(slug: string | null | undefined, regions: RegionRow[]): string | undefined {
  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  for (
    let r = slug ? bySlug.get(slug) : undefined, hops = 0;
    r && hops < 10;
    r = r.parent ? bySlug.get(r.parent) : undefined, hops++
  )
    if (r.level === "province") return r.slug;
  return undefined;
}

export type Ask = (question: string) => Promise<string>;

// Asks for one missing value at a time, re-planning after each answer: the level decides whether an adcode is needed.
export async function askForMissing(
  slug: string,
  flags: RegionFlags,
  regions: RegionRow[],
  ask: Ask,
  say: (s: string) => void,
): Promise<RegionPlan> {
  for (;;) {
    const plan = planRegion(slug, flags, regions);
    if (plan.kind !== "missing") return plan;
    const f = plan.missing[0]!;
    const answer = (await ask(`${REGION_FLAGS[f].prompt} [${REGION_FLAGS[f].flag}]: `)).trim();
    const problem = flagProblem(f, answer, regions, flags.level);
    if (problem) say(`  ${problem}`);
    else flags[f] = answer;
  }
}

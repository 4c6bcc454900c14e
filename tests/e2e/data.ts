import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";

// Reads content/ the way an editor wrote it, so tests compare pages with the data, not with constants.
export function observations(filter: { region?: string; indicator?: string }): Record<string, string>[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(path.resolve("content/data/observations.csv"), "utf8"), {
    columns: true,
  });
  return rows.filter(
    (r) => (!filter.region || r.region === filter.region) && (!filter.indicator || r.indicator === filter.indicator),
  );
}

// The observations a chart draws: those no disagreements.csv row covers, and the preferred source's where one does
// (a row covers its region, indicator and basis in each of its space-separated years).
export function drawnObservations(filter: { region?: string; indicator?: string }): Record<string, string>[] {
  const rows: Record<string, string>[] = parse(
    fs.readFileSync(path.resolve("content/data/disagreements.csv"), "utf8"),
    { columns: true },
  );
  return observations(filter).filter((o) => {
    const d = rows.find(
      (r) =>
        r.region === o.region &&
        r.indicator === o.indicator &&
        r.basis === o.basis &&
        r.years!.split(" ").includes(o.year!),
    );
    return !d || d.preferred_source === o.source;
  });
}

export const CASES = fs.readdirSync(path.resolve("content/cases")).sort();

export function frontmatter(
  slug: string,
  locale: "zh" | "en",
): { title: string; updated: string; region: string; related_regions?: string[]; themes: Record<string, string> } {
  const text = fs.readFileSync(path.resolve(`content/cases/${slug}/${locale}.mdx`), "utf8");
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
}

export const LOCALES = ["zh", "en"] as const;

// The glossary as written in content/glossary/<id>.yaml.
export function glossaryTerms(): { id: string; zh: string; en: string; pinyin: string }[] {
  const dir = path.resolve("content/glossary");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({ id: f.replace(/\.yaml$/, ""), ...parseYaml(fs.readFileSync(path.join(dir, f), "utf8")) }));
}

// A UI string from messages/<locale>.json by its dotted key, as the page shows it.
export function message(locale: "zh" | "en", key: string): string {
  const json: unknown = JSON.parse(fs.readFileSync(path.resolve(`messages/${locale}.json`), "utf8"));
  return key.split(".").reduce((o, k) => (o as Record<string, unknown>)[k], json) as string;
}

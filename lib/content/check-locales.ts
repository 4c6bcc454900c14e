import { issue, type Issue, type IssueCode, type IssueParams } from "../problems/issues";
import type { Known } from "./check-types";
import type { ParsedCase } from "./parse-case";
import type { ComponentRef } from "./outline";

// An unknown id is reported where it is used; comparing it across locales would only repeat that.
function resolves(r: ComponentRef, k: Known): boolean {
  if (r.name === "Term") return k.terms.has(r.attrs.id ?? "");
  if (r.name === "Cite") return k.sources.has(r.attrs.id ?? "");
  return k.regions.has(r.attrs.region ?? "") && k.indicators.has(r.attrs.indicator ?? "");
}

// zh.mdx and en.mdx must agree on frontmatter facts, headings, figures, terms and citations.
export function compareLocales(zh: ParsedCase, en: ParsedCase, issues: Issue[], outlineReported: boolean, k: Known) {
  const add = (line: number, field: string, code: IssueCode, params: IssueParams) => issues.push(issue({ file: en.file, line, field }, code, params));
  if (zh.fm && en.fm) {
    for (const key of ["region", "level", "province", "period", "related_regions", "sources"] as const)
      if (JSON.stringify(zh.fm[key]) !== JSON.stringify(en.fm[key])) add(en.lineOf([key]), key, "differsFromZh", { value: JSON.stringify(zh.fm[key]) });
    // Key facts: the same values and sources in both languages; only the caveat is translated.
    const facts = (c: ParsedCase) => JSON.stringify(Object.entries(c.fm!.facts ?? {}).map(([k, f]) => [k, f?.value, f?.source]));
    if (facts(zh) !== facts(en)) add(en.lineOf(["facts"]), "facts", "factsDiffer", { value: facts(zh) });
    const [tz, te] = [Object.keys(zh.fm.themes).sort(), Object.keys(en.fm.themes).sort()];
    if (tz.join() !== te.join()) add(en.lineOf(["themes"]), "themes", "themesDiffer", { value: tz.join(", ") });
  }
  const ids = (c: ParsedCase) => c.headings.map((h) => `${"#".repeat(h.depth)} {#${h.id}}`);
  const firstDiff = ids(en).findIndex((h, i) => h !== ids(zh)[i]);
  const diffLine = (firstDiff === -1 ? en.headings.at(-1) : en.headings[firstDiff])?.line ?? 1;
  if (!outlineReported && ids(zh).join() !== ids(en).join()) add(diffLine, "sections", "headingsDiffer", { zh: ids(zh).join(", "), en: ids(en).join(", ") });
  if (!zh.tree || !en.tree) return;
  const keyOf = (r: ComponentRef) =>
    r.name === "Figure" ? `<Figure ${r.attrs.region}/${r.attrs.indicator}/${r.attrs.year}${r.attrs.basis ? `/${r.attrs.basis}` : ""}${r.attrs.source ? ` source=${r.attrs.source}` : ""}>` : `<${r.name} ${r.attrs.id}>`;
  for (const name of ["Figure", "Term", "Cite"] as const) {
    const count = (c: ParsedCase) => {
      const m = new Map<string, number>();
      for (const r of c.refs.filter((r) => r.name === name && resolves(r, k))) m.set(keyOf(r), (m.get(keyOf(r)) ?? 0) + 1);
      return m;
    };
    const [a, b] = [count(zh), count(en)];
    // Terms and citations need the same set; figures need the same values the same number of times.
    const same = (k: string) => (name === "Figure" ? a.get(k) === b.get(k) : a.has(k) === b.has(k));
    for (const k of new Set([...a.keys(), ...b.keys()]))
      if (!same(k)) {
        // Report it where the extra occurrence is: that is the line without a counterpart.
        const extra = (b.get(k) ?? 0) > (a.get(k) ?? 0) ? en : zh;
        const line = extra.refs.findLast((r) => keyOf(r) === k)?.line ?? 1;
        issues.push(issue({ file: extra.file, line, field: name }, "countDiffers", { what: k, zh: a.get(k) ?? 0, en: b.get(k) ?? 0 }));
      }
  }
}

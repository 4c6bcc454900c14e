import type { Issue } from "../dataset/issues";

// content:check speaks English; the desk shows its most common messages in the desk's language (the rest stay as written).
export const ISSUE_PATTERNS: { re: RegExp; key: string; params: string[] }[] = [
  { re: /^no observation for (.+) in content\/data\/observations\.csv$/, key: "noObservation", params: ["what"] },
  { re: /^unknown term "([^"]*)"/, key: "unknownTerm", params: ["id"] },
  { re: /^unknown source "([^"]*)"/, key: "unknownSource", params: ["id"] },
  { re: /^still the placeholder from npm run case:new/, key: "placeholder", params: [] },
  { re: /^import and export are not allowed/, key: "mdxEsm", params: [] },
  { re: /^JavaScript expressions (.*) are not allowed/, key: "mdxExpression", params: ["code"] },
  { re: /^<script> is not allowed/, key: "mdxScript", params: [] },
  { re: /^HTML <(.*)> is not allowed/, key: "mdxHtml", params: ["name"] },
  { re: /^unknown component <([^>]*)>/, key: "mdxUnknown", params: ["name"] },
  { re: /^event-handler attribute (\S+) is not allowed/, key: "mdxHandler", params: ["name"] },
  { re: /^source "([^"]*)" is not cited by any/, key: "uncited", params: ["id"] },
  { re: /^source "([^"]*)" is cited but not in the frontmatter's sources/, key: "citeNotListed", params: ["id"] },
  { re: /^its source "([^"]*)" is not in the frontmatter's sources/, key: "figureSourceNotListed", params: ["id"] },
];

export type IssueTemplates = Record<string, string>;

export function issueText(issue: Pick<Issue, "message">, templates: IssueTemplates | null): string {
  if (!templates) return issue.message;
  for (const p of ISSUE_PATTERNS) {
    const m = p.re.exec(issue.message);
    if (m && templates[p.key]) return p.params.reduce((s, name, i) => s.replaceAll(`{${name}}`, m[i + 1] ?? ""), templates[p.key]!);
  }
  return issue.message;
}

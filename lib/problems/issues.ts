import en from "../../messages/en.json" with { type: "json" };
import zh from "../../messages/zh.json" with { type: "json" };
import type { Locale } from "../i18n/routing";

// Every problem content:check, db:build, data:import or the desk can report has a code in the `Issues`
// namespace of messages/{en,zh}.json. The templates there are plain text with {name} slots (not ICU:
// they quote MDX such as year={2019} and <script>); `message` is always the English text, and the desk
// shows the same problem in its own language with localizeIssue.
export type IssueCode = keyof typeof en.Issues;
export type IssueParams = Record<string, string | number>;
export type Issue = {
  file: string;
  line?: number;
  field?: string;
  code: IssueCode;
  params?: IssueParams;
  message: string;
};
export type Where = { file: string; line?: number; field?: string };

const TEMPLATES = { en: en.Issues, zh: zh.Issues } as const;
// The English texts, for schemas that name their own messages.
export const ISSUE_TEXT = en.Issues;

// Replaces each {name} that has a value; anything else in braces (year={2019}, {#id}) stays as written.
export function fillTemplate(template: string, params: IssueParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function issueMessage(code: IssueCode, params: IssueParams = {}, locale: Locale = "en"): string {
  const t = TEMPLATES[locale];
  const text = fillTemplate(t[code], params);
  // A cell's own value, when the CSV gave one, follows the reason.
  return params.got === undefined || code === "other" ? text : text + fillTemplate(t.gotSuffix, params);
}

export function issue(where: Where, code: IssueCode, params: IssueParams = {}): Issue {
  return { ...where, code, params, message: issueMessage(code, params) };
}

// zod reports a schema's own messages (and its built-in English ones) as text; find the template each came from.
const MATCHERS = (Object.entries(en.Issues) as [IssueCode, string][])
  .filter(([code]) => code !== "other" && code !== "gotSuffix")
  .map(([code, template]) => {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const slot = /^\{(\w+)\}$/.exec(part);
        if (!slot) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(slot[1]!);
        return "(.*?)";
      })
      .join("");
    return { code, names, re: new RegExp(`^${source}$`, "s") };
  })
  // Longer templates first, so "unknown region \"x\" (not in …)" is not read as the shorter "unknown region \"x\"".
  .sort((a, b) => b.re.source.length - a.re.source.length);

export function codeOfMessage(message: string): { code: IssueCode; params: IssueParams } {
  for (const m of MATCHERS) {
    const hit = m.re.exec(message);
    if (hit) return { code: m.code, params: Object.fromEntries(m.names.map((n, i) => [n, hit[i + 1]!])) };
  }
  return { code: "other", params: { detail: message } };
}

// One problem a zod schema found, as an Issue (the cell's value, when known, is kept as `got`).
export function issueFromZod(where: Where, zodMessage: string, got?: string): Issue {
  const { code, params } = codeOfMessage(zodMessage);
  return issue(where, code, got === undefined ? params : { ...params, got });
}

// The same problem in another language; the file, line and field stay as they are.
export function localizeIssue<T extends { code?: IssueCode; params?: IssueParams; message: string }>(
  i: T,
  locale: Locale,
): T {
  return i.code ? { ...i, message: issueMessage(i.code, i.params, locale) } : i;
}

export function formatIssue(i: Pick<Issue, "file" | "line" | "field" | "message">): string {
  const where = i.line === undefined ? i.file : `${i.file}:${i.line}`;
  return i.field ? `${where}: ${i.field}: ${i.message}` : `${where}: ${i.message}`;
}

export class ContentError extends Error {
  constructor(public readonly issues: Issue[]) {
    super(`${issues.length} problem(s) found:\n` + issues.map(formatIssue).join("\n"));
    this.name = "ContentError";
  }
}

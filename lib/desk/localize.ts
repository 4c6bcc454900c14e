import "server-only";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { isLocale, type Locale } from "../i18n/routing";
import { codeOfMessage, issueMessage, type IssueCode, type IssueParams } from "../problems/issues";

const MESSAGES = { en, zh } as const;
const CODES = new Set(Object.keys(en.Issues));

// The desk's pages send their language with every API call (components/desk/send.ts); a page's address says it too.
export function deskLocale(req: Request): Locale {
  const said = req.headers.get("x-desk-locale");
  if (said && isLocale(said)) return said;
  const from = /^\/(zh|en)\//.exec(safePath(req.headers.get("referer")))?.[1];
  return from === "zh" ? "zh" : "en";
}

function safePath(url: string | null): string {
  try {
    return url ? new URL(url).pathname : "";
  } catch {
    return "";
  }
}

// Words inside a message that the desk already names in its own language: a draft's status, a kind of data row.
function localParams(params: IssueParams, locale: Locale): IssueParams {
  const desk = MESSAGES[locale].Desk;
  const out = { ...params };
  if (typeof out.status === "string" && out.status in desk.status)
    out.status = desk.status[out.status as keyof typeof desk.status];
  if (typeof out.kind === "string" && out.kind in desk.data) out.kind = desk.data[out.kind as keyof typeof desk.data];
  return out;
}

type Problem = { code?: string; params?: IssueParams; message: string };

// One problem or refusal in the desk's language: by its code when it has one, else by the template its English text came from.
export function localizeMessage(p: Problem, locale: Locale): string {
  const known =
    p.code && CODES.has(p.code) ? { code: p.code as IssueCode, params: p.params ?? {} } : codeOfMessage(p.message);
  if (known.code === "other") return p.message;
  return issueMessage(known.code, localParams(known.params, locale), locale);
}

// Walks an API answer and rewrites every problem's `message` (issues, field problems, the refusal itself) in the desk's language.
export function localizeBody<T>(body: T, locale: Locale): T {
  if (locale === "en") return body;
  const walk = (v: unknown, key = ""): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    // Only plain objects are walked: a Date (or anything with a prototype of its own) goes to JSON as it is.
    if (!v || typeof v !== "object" || key === "stored" || key === "pending") return v;
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    const o = v as Record<string, unknown>;
    const out = Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x, k)]));
    if (typeof o.message === "string" && ("code" in o || "field" in o || "error" in o))
      out.message = localizeMessage(o as Problem, locale);
    return out;
  };
  return walk(body) as T;
}

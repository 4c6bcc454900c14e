import "server-only";
import { issueMessage, type IssueCode, type IssueParams } from "../problems/issues";
import type { Locale } from "../i18n/routing";
import { localizeBody } from "./localize";

// Desk answers are per person: never stored by a browser or a proxy.
export const PRIVATE = { "Cache-Control": "private, no-store" } as const;

// Problems and refusals in the answer are worded in the desk's language (lib/desk/localize.ts).
export function deskJson(body: unknown, status = 200, locale: Locale = "en"): Response {
  return Response.json(localizeBody(body, locale), { status, headers: PRIVATE });
}

// `error` names the refusal for programs; `message` says it in words, from the problem texts (`code`, `params`).
export function deskError(
  status: number,
  error: string,
  code: IssueCode,
  params: IssueParams = {},
  extra: Record<string, unknown> = {},
  locale: Locale = "en",
): Response {
  return deskJson({ error, code, params, message: issueMessage(code, params), ...extra }, status, locale);
}

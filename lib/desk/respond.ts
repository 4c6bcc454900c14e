import "server-only";
import type { IssueLocale } from "../dataset/issues";
import { localizeBody } from "./localize";

// Desk answers are per person: never stored by a browser or a proxy.
export const PRIVATE = { "Cache-Control": "private, no-store" } as const;

// Problems and refusals in the answer are worded in the desk's language (lib/desk/localize.ts).
export function deskJson(body: unknown, status = 200, locale: IssueLocale = "en"): Response {
  return Response.json(localizeBody(body, locale), { status, headers: PRIVATE });
}

export function deskError(status: number, code: string, message: string, extra: Record<string, unknown> = {}, locale: IssueLocale = "en"): Response {
  return deskJson({ error: code, message, ...extra }, status, locale);
}

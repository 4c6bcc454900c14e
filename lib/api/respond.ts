import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

// Data change only when the site is rebuilt: let clients and CDNs keep responses for a day, revalidating after.
export const CACHE_HEADERS = { "Cache-Control": "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800", "Access-Control-Allow-Origin": "*" };

export const LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); cite the original publisher of each figure (see sources)";

export type ApiError = { error: string; issues: { parameter: string; message: string }[] };

export function badRequest(issues: ApiError["issues"]): NextResponse<ApiError> {
  return NextResponse.json({ error: "invalid query parameters", issues }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

export function notFound(parameter: string, message: string): NextResponse<ApiError> {
  return NextResponse.json({ error: "not found", issues: [{ parameter, message }] }, { status: 404, headers: { "Cache-Control": "no-store" } });
}

// Parses URLSearchParams with a zod schema; a repeated parameter is an error rather than a silent pick.
export function parseQuery<S extends z.ZodType>(params: URLSearchParams, schema: S): { ok: true; data: z.output<S> } | { ok: false; response: NextResponse<ApiError> } {
  const raw: Record<string, string> = {};
  const issues: ApiError["issues"] = [];
  for (const [k, v] of params) {
    if (k in raw) issues.push({ parameter: k, message: "given more than once; use a comma-separated list" });
    raw[k] = v;
  }
  const result = schema.safeParse(raw);
  if (!result.success)
    for (const i of result.error.issues) {
      if (i.code === "unrecognized_keys") for (const k of i.keys) issues.push({ parameter: k, message: "unknown parameter" });
      else issues.push({ parameter: String(i.path[0] ?? ""), message: i.message });
    }
  if (issues.length) return { ok: false, response: badRequest(issues) };
  return { ok: true, data: result.data as z.output<S> };
}

export function csvResponse(body: string, filename: string): Response {
  return new Response(body, { headers: { ...CACHE_HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `inline; filename="${filename}"` } });
}

export function jsonResponse(body: unknown): Response {
  return NextResponse.json(body, { headers: CACHE_HEADERS });
}

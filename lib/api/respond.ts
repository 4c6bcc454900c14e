import "server-only";
import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";

// Data change only when the site is rebuilt: let clients and CDNs keep responses for a day, revalidating after.
export const CACHE_HEADERS = {
  "Cache-Control": "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800",
  "Access-Control-Allow-Origin": "*",
};

export const LICENCE =
  "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); cite the original publisher of each figure (see sources)";

export type ApiError = { error: string; issues: { parameter: string; message: string }[] };

export function badRequest(issues: ApiError["issues"]): NextResponse<ApiError> {
  return NextResponse.json(
    { error: "invalid query parameters", issues },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}

export function notFound(parameter: string, message: string): NextResponse<ApiError> {
  return NextResponse.json(
    { error: "not found", issues: [{ parameter, message }] },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

// Parses URLSearchParams with a zod schema; a repeated parameter is an error rather than a silent pick.
export function parseQuery<S extends z.ZodType>(
  params: URLSearchParams,
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; response: NextResponse<ApiError> } {
  const raw: Record<string, string> = {};
  const issues: ApiError["issues"] = [];
  for (const [k, v] of params) {
    if (k in raw) issues.push({ parameter: k, message: "given more than once; use a comma-separated list" });
    raw[k] = v;
  }
  const result = schema.safeParse(raw);
  if (!result.success)
    for (const i of result.error.issues) {
      if (i.code === "unrecognized_keys")
        for (const k of i.keys) issues.push({ parameter: k, message: "unknown parameter" });
      else issues.push({ parameter: String(i.path[0] ?? ""), message: i.message });
    }
  if (issues.length) return { ok: false, response: badRequest(issues) };
  return { ok: true, data: result.data as z.output<S> };
}

export type Prepared = { body: string; headers: Record<string, string> };

// The data are fixed until the next deploy, so the same URL always gets the same answer: keep the most recent
// few hundred bodies, with their ETags, and send them without recomputing (errors are never kept).
// They are kept as bytes: encoding a large string again for every request was a measurable share of the API's time.
type Kept = { bytes: Uint8Array<ArrayBuffer>; headers: Record<string, string> };
const answers = new Map<string, Kept>();
const MAX_ANSWERS = 500;

export async function answer(request: NextRequest, make: () => Promise<Prepared | Response>): Promise<Response> {
  const key = request.nextUrl.pathname + request.nextUrl.search;
  let hit = answers.get(key);
  if (!hit) {
    const made = await make();
    if (made instanceof Response) return made;
    // A strong ETag from the body: a CDN or browser that already has these bytes gets 304 Not Modified.
    hit = {
      bytes: new TextEncoder().encode(made.body),
      headers: {
        ...CACHE_HEADERS,
        ...made.headers,
        ETag: `"${createHash("sha1").update(made.body).digest("base64url")}"`,
      },
    };
    if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!);
    answers.set(key, hit);
  }
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === hit.headers.ETag))
    return new Response(null, { status: 304, headers: hit.headers });
  return new Response(hit.bytes, { headers: hit.headers });
}

export function csvBody(body: string, filename: string): Prepared {
  return {
    body,
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `inline; filename="${filename}"` },
  };
}

export function jsonBody(body: unknown): Prepared {
  return { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } };
}

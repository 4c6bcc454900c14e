import "server-only";

// Desk answers are per person: never stored by a browser or a proxy.
export const PRIVATE = { "Cache-Control": "private, no-store" } as const;

export function deskJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: PRIVATE });
}

export function deskError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return deskJson({ error: code, message, ...extra }, status);
}

import { health } from "@/lib/health/report";

// For process managers and load balancers: 200 when both databases open, 503 with the reason when one does not.
// Never cached, no cookie; the public pages stay prerendered (this route is the only dynamic thing here).
export const dynamic = "force-dynamic";

export function GET(): Response {
  const h = health();
  return Response.json(h, { status: h.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

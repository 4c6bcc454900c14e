import "server-only";
import type { NextRequest } from "next/server";
import { toCsv } from "../format/csv";
import { listQuery } from "../schemas/api";
import { csvResponse, jsonResponse, LICENCE, parseQuery } from "./respond";

// A GET handler for a whole table: JSON by default, CSV with ?format=csv.
export function listHandler<R extends Record<string, string | number | null>>(name: string, columns: readonly (keyof R & string)[], rows: () => Promise<R[]>) {
  return async function GET(request: NextRequest) {
    const parsed = parseQuery(request.nextUrl.searchParams, listQuery);
    if (!parsed.ok) return parsed.response;
    const data = await rows();
    if (parsed.data.format === "csv") return csvResponse(request, toCsv(data, columns), `${name}.csv`);
    return jsonResponse(request, { licence: LICENCE, count: data.length, data });
  };
}

import "server-only";
import type { NextRequest } from "next/server";
import { toExportCsv } from "../format/csv";
import { listQuery } from "../schemas/api";
import { answer, csvBody, jsonBody, LICENCE, parseQuery } from "./respond";

// A GET handler for a whole table: JSON by default, CSV with ?format=csv.
export function listHandler<R extends Record<string, string | number | null>>(
  name: string,
  columns: readonly (keyof R & string)[],
  rows: () => Promise<R[]>,
) {
  return function GET(request: NextRequest) {
    return answer(request, async () => {
      const parsed = parseQuery(request.nextUrl.searchParams, listQuery);
      if (!parsed.ok) return parsed.response;
      const data = await rows();
      if (parsed.data.format === "csv") return csvBody(toExportCsv(data, columns), `${name}.csv`);
      return jsonBody({ licence: LICENCE, count: data.length, data });
    });
  };
}

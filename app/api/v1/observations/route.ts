import type { NextRequest } from "next/server";
import { unknownFilterValue } from "@/lib/api/observations";
import { sourceRecord } from "@/lib/api/records";
import { answer, csvBody, jsonBody, LICENCE, notFound, parseQuery } from "@/lib/api/respond";
import { OBSERVATION_COLUMNS, sourcesOf, toRecords } from "@/lib/data/export";
import { getObservations } from "@/lib/data/queries";
import { jsonRecord, toExportCsv } from "@/lib/format/csv";
import { observationsQuery } from "@/lib/schemas/api";

// GET /api/v1/observations?region=lichuan,xiangxi&indicator=poverty_incidence&from=2013&to=2019&basis=official&format=csv
export function GET(request: NextRequest) {
  return answer(request, async () => {
    const parsed = parseQuery(request.nextUrl.searchParams, observationsQuery);
    if (!parsed.ok) return parsed.response;
    const { format, ...filter } = parsed.data;
    const unknown = await unknownFilterValue(filter);
    if (unknown) return notFound(unknown.parameter, unknown.message);
    const rows = await getObservations(filter);
    const records = await toRecords(rows);
    if (format === "csv") return csvBody(toExportCsv(records, OBSERVATION_COLUMNS), "observations.csv");
    return jsonBody({
      licence: LICENCE,
      count: records.length,
      data: records.map(jsonRecord),
      sources: (await sourcesOf(rows)).map(sourceRecord),
    });
  });
}

import type { NextRequest } from "next/server";
import { unknownFilterValue } from "@/lib/api/observations";
import { DISAGREEMENT_COLUMNS, disagreementRecord, sourceRecord } from "@/lib/api/records";
import { answer, csvBody, jsonBody, LICENCE, notFound, parseQuery } from "@/lib/api/respond";
import { sourcesOf, toRecords } from "@/lib/data/export";
import { disagreementOf } from "@/lib/data/ledger";
import { getDisagreements, getObservations } from "@/lib/data/queries";
import { jsonRecord, toExportCsv } from "@/lib/format/csv";
import { disagreementsQuery } from "@/lib/schemas/api";

// GET /api/v1/disagreements?region=hunan&indicator=poor_population&format=csv
// Each row of disagreements.csv; the JSON answer adds its members (the observations it covers) and their sources.
export function GET(request: NextRequest) {
  return answer(request, async () => {
    const parsed = parseQuery(request.nextUrl.searchParams, disagreementsQuery);
    if (!parsed.ok) return parsed.response;
    const { format, ...filter } = parsed.data;
    const unknown = await unknownFilterValue(filter);
    if (unknown) return notFound(unknown.parameter, unknown.message);
    const rows = (await getDisagreements()).filter(
      (d) =>
        (filter.region === undefined || filter.region.includes(d.region)) &&
        (filter.indicator === undefined || filter.indicator.includes(d.indicator)),
    );
    const records = rows.map(disagreementRecord);
    if (format === "csv") return csvBody(toExportCsv(records, DISAGREEMENT_COLUMNS), "disagreements.csv");
    const members = (await getObservations(filter)).filter((o) => disagreementOf(rows, o));
    return jsonBody({
      licence: LICENCE,
      count: records.length,
      data: records,
      observations: (await toRecords(members)).map(jsonRecord),
      sources: (await sourcesOf(members)).map(sourceRecord),
    });
  });
}

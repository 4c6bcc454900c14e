import type { NextRequest } from "next/server";
import { answer, csvBody, jsonBody, LICENCE, notFound, parseQuery } from "@/lib/api/respond";
import { OBSERVATION_COLUMNS, sourcesOf, toRecords } from "@/lib/data/export";
import { getAllObservations, getBases, getIndicators, getRegions } from "@/lib/data/queries";
import { jsonRecord, toExportCsv } from "@/lib/format/csv";
import { observationsQuery } from "@/lib/schemas/api";

// GET /api/v1/observations?region=lichuan,xiangxi&indicator=poverty_incidence&from=2013&to=2019&basis=official&format=csv
export function GET(request: NextRequest) {
  return answer(request, async () => {
    const parsed = parseQuery(request.nextUrl.searchParams, observationsQuery);
    if (!parsed.ok) return parsed.response;
    const q = parsed.data;
    const [regions, indicators, bases] = [await getRegions(), await getIndicators(), await getBases()];
    for (const r of q.region ?? []) if (!regions.some((x) => x.slug === r)) return notFound("region", `unknown region "${r}"; see /api/v1/regions`);
    for (const i of q.indicator ?? []) if (!indicators.some((x) => x.key === i)) return notFound("indicator", `unknown indicator "${i}"; see /api/v1/indicators`);
    if (q.basis && !bases.some((b) => b.key === q.basis)) return notFound("basis", `unknown basis "${q.basis}"`);

    const rows = (await getAllObservations()).filter(
      (o) =>
        (!q.region || q.region.includes(o.region)) &&
        (!q.indicator || q.indicator.includes(o.indicator)) &&
        (!q.basis || o.basis === q.basis) &&
        (q.from === undefined || o.year >= q.from) &&
        (q.to === undefined || o.year <= q.to),
    );
    const records = await toRecords(rows);
    if (q.format === "csv") return csvBody(toExportCsv(records, OBSERVATION_COLUMNS), "observations.csv");
    return jsonBody({ licence: LICENCE, count: records.length, data: records.map(jsonRecord), sources: await sourcesOf(rows) });
  });
}

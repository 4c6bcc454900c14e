import { listHandler } from "@/lib/api/list-route";
import { SOURCE_COLUMNS, sourceRecord } from "@/lib/api/records";
import { getSources } from "@/lib/data/queries";

export const GET = listHandler("sources", SOURCE_COLUMNS, async () => (await getSources()).map(sourceRecord));

import { listHandler } from "@/lib/api/list-route";
import { REGION_COLUMNS, regionRecord } from "@/lib/api/records";
import { getRegions } from "@/lib/data/queries";

export const GET = listHandler("regions", REGION_COLUMNS, async () => (await getRegions()).map(regionRecord));

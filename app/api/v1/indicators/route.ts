import { listHandler } from "@/lib/api/list-route";
import { INDICATOR_COLUMNS, indicatorRecord } from "@/lib/api/records";
import { getIndicators } from "@/lib/data/queries";

export const GET = listHandler("indicators", INDICATOR_COLUMNS, async () =>
  (await getIndicators()).map(indicatorRecord),
);

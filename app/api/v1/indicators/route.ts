import { listHandler } from "@/lib/api/list-route";
import { getIndicators } from "@/lib/data/queries";

export const GET = listHandler("indicators", ["key", "name_zh", "name_en", "unit", "definition_zh", "definition_en"], async () =>
  (await getIndicators()).map((i) => ({ key: i.key, name_zh: i.name.zh, name_en: i.name.en, unit: i.unit, definition_zh: i.definition.zh, definition_en: i.definition.en })),
);

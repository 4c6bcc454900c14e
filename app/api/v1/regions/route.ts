import { listHandler } from "@/lib/api/list-route";
import { getRegions } from "@/lib/data/queries";

export const GET = listHandler("regions", ["slug", "name_zh", "name_en", "level", "parent", "adcode"], async () =>
  (await getRegions()).map((r) => ({ slug: r.slug, name_zh: r.name.zh, name_en: r.name.en, level: r.level, parent: r.parent, adcode: r.adcode })),
);

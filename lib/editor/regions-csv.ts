import { toCsv } from "../format/csv";
import type { RegionRow } from "../schemas/data";

const COLUMNS = ["slug", "name_zh", "name_en", "level", "parent", "adcode"] as const;

// regions.csv with one row appended; the existing lines stay byte for byte, so the diff is one line.
export function regionsCsvWith(text: string, row: RegionRow): string {
  const line = toCsv([row], COLUMNS).slice(COLUMNS.join(",").length + 1);
  return (text === "" || text.endsWith("\n") ? text : `${text}\n`) + line;
}

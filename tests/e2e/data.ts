import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

// Reads content/data the way an editor wrote it, so tests compare the page with the data, not with constants.
export function observations(filter: { region?: string; indicator?: string }): Record<string, string>[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(path.resolve("content/data/observations.csv"), "utf8"), { columns: true });
  return rows.filter((r) => (!filter.region || r.region === filter.region) && (!filter.indicator || r.indicator === filter.indicator));
}

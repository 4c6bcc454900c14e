import "server-only";
import { checkCase, checkUncited, citationsOf, knownOf, type ParsedCase } from "../content/check";
import { parseCase } from "../content/parse-case";
import type { Issue } from "../problems/issues";
import type { Dataset } from "../dataset/load-dataset";
import { contentIndex, dataFile } from "./content-index";
import { layDraft, type DraftInput, type FileChange } from "./materialize";
import { repoDir } from "./repo";

export type Inspection = { files: FileChange[]; issues: Issue[]; dataset: Dataset };

// An autosave usually follows typing in one language: the other file's parse is reused (checks never change a ParsedCase).
const recent = new Map<string, ParsedCase>();
function parsedText(file: string, text: string): ParsedCase {
  const key = `${file}\0${text}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const c = parseCase({ path: file, text });
  recent.set(key, c);
  if (recent.size > 16) recent.delete(recent.keys().next().value!);
  return c;
}

// content:check's checks for what this draft changes: its own zh.mdx and en.mdx and its rows, against the per-process
// index of everything else (lib/desk/content-index.ts). Nothing is copied or written; the full content:check runs on publishing.
export function inspectDraft(d: DraftInput): Inspection {
  const ix = contentIndex(repoDir());
  const laid = layDraft(ix, d);
  const issues = [...laid.dataIssues];
  let own = ix.cites.get(d.slug) ?? new Set<string>();
  if (d.kind !== "data") {
    const parsed = (["zh", "en"] as const).map((l) => parsedText(`content/cases/${d.slug}/${l}.mdx`, d[l]));
    const slugs = ix.caseDirs.has(d.slug) ? ix.caseDirs : new Set([...ix.caseDirs, d.slug]);
    const known = laid.hasRows ? knownOf(laid.dataset, ix.terms, slugs) : { ...ix.known, slugs };
    issues.push(...checkCase(d.slug, parsed, known));
    own = new Set(parsed.flatMap(citationsOf));
  }
  // Cited by this draft's case as it now stands, or by any other published case.
  const published = ix.cites.get(d.slug);
  const cited = (id: string) => own.has(id) || (ix.citedBy.get(id) ?? 0) - (published?.has(id) ? 1 : 0) > 0;
  issues.push(...checkUncited(laid.dataset, cited, dataFile("sources")));
  return {
    files: laid.files,
    issues: [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
    dataset: laid.dataset,
  };
}

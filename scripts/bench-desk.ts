import fs from "node:fs";
import path from "node:path";
import { inspectDraft } from "../lib/desk/inspect";

// Run by bench-scale.ts as `tsx --conditions=react-server scripts/bench-desk.ts` with DESK_REPO_DIR set to its copy:
// times the desk's save-and-check (inspectDraft, what every autosave and draft view runs) on a draft as long as the
// longest real case, and prints one JSON line. A fresh process, so the first save pays for whatever is built per process.
const repo = process.env.DESK_REPO_DIR!;
const SAVES = Number(process.env.BENCH_DESK_SAVES ?? 15);
const casesDir = path.join(repo, "content/cases");
const read = (slug: string, l: string) => fs.readFileSync(path.join(casesDir, slug, `${l}.mdx`), "utf8");
const real = fs.readdirSync(casesDir).filter((s) => !s.startsWith("synthetic-"));
const longest = real.sort(
  (a, b) => read(b, "zh").length + read(b, "en").length - (read(a, "zh").length + read(a, "en").length),
)[0]!;
const [zh, en] = [read(longest, "zh"), read(longest, "en")];

// Each save changes the text a little, as typing does: a word more at the end of one language's body, the panes in turn.
const save = (i: number) => {
  const t = performance.now();
  const [z, e] =
    i % 2 ? [`${zh}\n补充${i}。\n`, `${en}\nMore ${i - 1}.\n`] : [`${zh}\n补充${i - 1}。\n`, `${en}\nMore ${i}.\n`];
  const { issues } = inspectDraft({
    kind: "case",
    slug: longest,
    zh: z,
    en: e,
    data: { region: null, sources: [], observations: [], events: [] },
  });
  return { ms: performance.now() - t, issues: issues.length };
};
const first = save(0);
const times = Array.from({ length: SAVES }, (_, i) => save(i + 1).ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  JSON.stringify({
    slug: longest,
    chars: zh.length + en.length,
    cases: fs.readdirSync(casesDir).length,
    first: first.ms,
    median,
    max: times.at(-1),
    issues: first.issues,
  }),
);

import path from "node:path";
import { HistoryError } from "../lib/editions/git-history";
import { loadEditions, WITHOUT_HISTORY } from "../lib/editions/store";

// `npm run editions:build [root]` (run by `npm run build` before next build): derives the editions from the content
// history once and keeps them in .next/cache/editions, so the build's workers only read them. Fails when the history
// cannot be read (no git, no repository, a shallow clone) unless EDITIONS_WITHOUT_HISTORY=1.
const root = path.resolve(process.argv[2] ?? ".");
const started = performance.now();
try {
  const e = loadEditions(root);
  const ms = Math.round(performance.now() - started);
  if (e.status === "no-history") {
    console.warn(
      `editions: ${WITHOUT_HISTORY}=1: built without the content history; every case page says its editions are unknown.`,
    );
    process.exit(0);
  }
  const count = Object.values(e.cases).reduce((n, c) => n + c.editions.length, 0);
  console.log(
    `editions: ${count} editions of ${Object.keys(e.cases).length} cases, data edition ${e.data.editions.length}, ` +
      `at ${e.head?.slice(0, 10) ?? "no commit"} (${ms} ms).`,
  );
  const pending = Object.values(e.unpublished.cases);
  if (pending.length || e.unpublished.data)
    console.warn(
      `editions: the working copy has changes not in the history, shown on the site as not yet published: ` +
        [
          ...pending.slice(0, 10).map((c) => `${c.slug} (edition ${c.number})`),
          ...(pending.length > 10 ? [`and ${pending.length - 10} more cases`] : []),
          ...(e.unpublished.data ? [`the data (${e.unpublished.data.files.join(", ")})`] : []),
        ].join(", ") +
        ". Commit them to publish them.",
    );
} catch (err) {
  if (err instanceof HistoryError) {
    console.error(`editions: ${err.message}`);
    process.exit(1);
  }
  throw err;
}

import "server-only";
import { getCaseSlugs } from "../content/cases";
import { readPending } from "./draft-data";
import { listDrafts } from "./drafts";
import { dataIsLive } from "./live";
import { canReview } from "./roles";
import type { DeskUser } from "./session";

export type DeskRow = Awaited<ReturnType<typeof listDrafts>>[number] & { live: boolean };

// The desk's first page: the user's open drafts, the review queue (reviewers only) and what was published.
export async function deskHome(
  user: DeskUser,
): Promise<{ mine: DeskRow[]; queue: DeskRow[] | null; published: DeskRow[] }> {
  const drafts = await listDrafts();
  // The running build's cases: a published draft missing from them waits for the next build.
  const built = new Set(getCaseSlugs());
  // A case is on the site when this build has its page; a data change when this build's data holds its rows.
  const live = async (d: (typeof drafts)[number]) =>
    d.status === "published" && (d.kind === "data" ? await dataIsLive(readPending(d.data)) : built.has(d.slug));
  const rows: DeskRow[] = [];
  for (const d of drafts) rows.push({ ...d, live: await live(d) });
  return {
    mine: rows.filter((d) => d.authorId === user.id && d.status !== "published"),
    queue: canReview(user.role) ? rows.filter((d) => d.status === "submitted") : null,
    published: rows.filter((d) => d.status === "published"),
  };
}

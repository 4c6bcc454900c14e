import "server-only";
import fs from "node:fs";
import { repairCheckout, type Repair } from "./checkout";
import { deskDb } from "./db";
import { currentBranch, git } from "./git";
import { deskGitDir, tryRepoLock, type RepoLock } from "./repo-lock";
import { repoDir } from "./repo";

// What a crash can leave, put right with the repository lock held: git's stale lock files, a checkout behind its branch
// (repairCheckout), and drafts still "publishing". A draft whose commit is on the branch (its Desk-Publication trailer)
// becomes published, with its audit entry; any other goes back to review with a note saying nothing was published.
// Under the lock no publication is running, so every "publishing" draft was left by a process that died.
export type Recovery = Repair & { published: number[]; returned: number[] };

// The commit on `ref` whose message carries this publication's token, or null.
export function commitWithToken(repo: string, ref: string, token: string): string | null {
  const out = git(repo, ["log", "-F", `--grep=Desk-Publication: ${token}`, "-n", "1", "--format=%H %cI", ref]);
  return out ? out : null;
}

export async function recoverLocked(repo: string, lock: RepoLock): Promise<Recovery> {
  const ref = currentBranch(repo);
  const repair = await repairCheckout(repo, lock.dir, ref);
  const published: number[] = [];
  const returned: number[] = [];
  const stuck = await deskDb.draft.findMany({
    where: { status: "publishing" },
    select: { id: true, slug: true, authorId: true, reviewerId: true, publishToken: true },
  });
  for (const d of stuck) {
    const found = d.publishToken && ref ? commitWithToken(repo, ref, d.publishToken) : null;
    const reviewer = d.reviewerId
      ? await deskDb.user.findUnique({ where: { id: d.reviewerId }, select: { id: true, email: true } })
      : null;
    const actor = { actorId: reviewer?.id ?? null, actorEmail: reviewer?.email ?? "desk (recovery)" };
    if (found) {
      const [commit, at] = found.split(" ");
      await deskDb.$transaction([
        deskDb.draft.update({
          where: { id: d.id },
          data: { status: "published", publishedCommit: commit, publishedAt: new Date(at!), publishToken: null },
        }),
        deskDb.auditEvent.create({
          data: {
            ...actor,
            action: "publish",
            target: `draft ${d.id}`,
            detail: `commit ${commit} (found on the branch after an interrupted publication)`,
          },
        }),
      ]);
      published.push(d.id);
    } else {
      await deskDb.$transaction([
        deskDb.draft.update({ where: { id: d.id }, data: { status: "submitted", publishToken: null } }),
        deskDb.comment.create({
          data: {
            draftId: d.id,
            authorId: reviewer?.id ?? d.authorId,
            kind: "publish-interrupted",
            body: "Publishing was interrupted before the commit landed; nothing was published.",
          },
        }),
        deskDb.auditEvent.create({
          data: {
            ...actor,
            action: "publish.interrupted",
            target: `draft ${d.id}`,
            detail: "no commit on the branch: back to review",
          },
        }),
      ]);
      returned.push(d.id);
    }
  }
  const r = { ...repair, published, returned };
  if (repair.removedLocks.length || repair.journal !== "none" || published.length || returned.length)
    console.warn(`desk: recovered after an interrupted publication: ${JSON.stringify(r)}`);
  return r;
}

// When the server starts (instrumentation.ts): nothing is locked or written unless a publication was left unfinished
// (scratch files or a journal in .git/desk, or a draft still "publishing"). Skipped while another live process
// publishes: it recovers first.
export async function recoverOnStart(): Promise<Recovery | undefined> {
  const repo = repoDir();
  let dir: string;
  try {
    dir = deskGitDir(repo);
  } catch {
    return undefined; // not a git checkout: there is nothing to publish into, nor to repair
  }
  const leftovers = fs.existsSync(dir) && fs.readdirSync(dir).length > 0;
  if (!leftovers && (await deskDb.draft.count({ where: { status: "publishing" } })) === 0) return undefined;
  return tryRepoLock(repo, (lock) => recoverLocked(repo, lock));
}

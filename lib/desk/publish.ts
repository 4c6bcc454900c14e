import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { issue, type Issue } from "../problems/issues";
import { readDataset } from "../dataset/load-dataset";
import { writeDatabase } from "../dataset/write-db";
import { checkProject } from "../editor/check-project";
import { dropJournal, repairCheckout, syncCheckout, writeJournal, type Journal } from "./checkout";
import { contentIndex, forgetContentIndex } from "./content-index";
import { pauseAt } from "./fault";
import { blobAt, blobText, currentBranch, git, gitOk } from "./git";
import { layDraft, type DraftInput } from "./materialize";
import { RepoBusy, withRepoLock, type RepoLock } from "./repo-lock";

export type Person = { name: string; email: string };
export type PublishResult =
  { ok: true; commit: string; files: string[] } | { ok: false; reason: string; issues: Issue[] };
// The trailers that let recovery find a publication's commit: the draft's id and this attempt's random token.
export type Mark = { draft: number; token: string };

export const newPublishToken = () => crypto.randomBytes(16).toString("hex");

// Publishing on its own (scripts and tests): takes the repository lock, repairs what a crash left, publishes.
// The desk's approval does the same steps itself, with its database's recovery in between (lib/desk/drafts.ts).
// What a publication is of: the draft, its author and reviewer, the commit's title and the trailers recovery reads.
export type Publication = [d: DraftInput, author: Person, reviewer: Person, title: string, mark?: Mark];

export function publishDraft(repo: string, ...publication: Publication): Promise<PublishResult> {
  return withRepoLock(repo, async (lock) => {
    await repairCheckout(repo, lock.dir, currentBranch(repo));
    return publishLocked(lock, repo, ...publication);
  });
}

const refused = (reason: string, issues: Issue[]): PublishResult => ({ ok: false, reason, issues });

// One publication, with the repository lock held. The commit is built beside the checkout (a scratch index, the new
// blobs written as objects, `commit-tree`), its tree is laid out in a scratch folder for content:check and db:build,
// and only then does the branch move, by compare-and-swap from the commit the draft was laid on. The checkout's work
// tree and index follow after (a journal names what is owed, so a crash in between is finished by repairCheckout).
// A crash at any moment leaves the branch at the old commit or the new one, and the checkout clean once repaired.
export async function publishLocked(lock: RepoLock, repo: string, ...publication: Publication): Promise<PublishResult> {
  await pauseAt("before-write");
  // Another process may have published since this one last read content/.
  forgetContentIndex(repo);
  try {
    return await buildCheckCommit(lock, repo, ...publication);
  } finally {
    forgetContentIndex(repo);
  }
}

async function buildCheckCommit(
  lock: RepoLock,
  repo: string,
  ...[d, author, reviewer, title, mark]: Publication
): Promise<PublishResult> {
  const ref = currentBranch(repo);
  if (!ref) return refused("detached", [issue({ file: "(publishing)" }, "publishDetached")]);
  const old = git(repo, ["rev-parse", "--verify", `${ref}^{commit}`]);
  // The files this draft changes, computed in memory from the checkout's content/.
  const m = layDraft(contentIndex(repo), d);
  if (m.dataIssues.length) return refused("data", m.dataIssues);
  const paths = m.files.map((f) => f.path);
  if (!paths.length) return refused("empty", [issue({ file: "(draft)" }, "publishEmpty")]);
  // A data change writes content/data only, whatever it holds.
  const outside = d.kind === "data" ? paths.filter((p) => !p.startsWith("content/data/")) : [];
  if (outside.length)
    return refused(
      "data",
      outside.map((file) => issue({ file }, "publishOutside")),
    );
  // Someone's own uncommitted change to one of these files: the checkout could not follow the commit without losing it.
  const dirty = git(repo, ["status", "--porcelain", "--untracked-files=all", "--", ...paths]);
  if (dirty)
    return refused(
      "dirty",
      dirty.split("\n").map((l) => issue({ file: l.slice(3) }, "publishDirty")),
    );
  // The draft was laid over the checkout's files; each must be what the branch holds (a commit made outside the desk
  // since the checkout was read would otherwise be undone).
  for (const f of m.files) {
    const blob = blobAt(repo, old, f.path);
    if ((blob ? blobText(repo, blob.sha) : null) !== f.before)
      return refused("dirty", [issue({ file: f.path }, "publishDirty")]);
  }

  const work = fs.mkdtempSync(path.join(lock.dir, `work-${process.pid}-`));
  try {
    const env = { GIT_INDEX_FILE: path.join(work, "index") };
    git(repo, ["read-tree", old], { env });
    for (const f of m.files) {
      const sha = git(repo, ["hash-object", "-w", "--stdin", `--path=${f.path}`], { input: f.after });
      const mode = blobAt(repo, old, f.path)?.mode ?? "100644";
      git(repo, ["update-index", "--add", "--cacheinfo", `${mode},${sha},${f.path}`], { env });
    }
    const tree = git(repo, ["write-tree"], { env });
    const trailers = mark ? `\nDesk-Draft: ${mark.draft}\nDesk-Publication: ${mark.token}` : "";
    const message = `${title}\n\nPublished from the editors' desk.\n\nReviewed-by: ${reviewer.name} <${reviewer.email}>${trailers}\n`;
    const commit = git(repo, ["commit-tree", tree, "-p", old, "-F", "-"], {
      input: message,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: process.env.DESK_COMMITTER_NAME ?? "Editors' desk",
        GIT_COMMITTER_EMAIL: process.env.DESK_COMMITTER_EMAIL ?? "desk@localhost",
      },
    });

    // content:check and db:build on the commit's own content/, laid out in the scratch folder.
    const root = path.join(work, "tree");
    fs.mkdirSync(root);
    const files = git(repo, ["ls-files", "-z", "--", "content"], { env });
    git(repo, ["checkout-index", "-z", "--stdin", `--prefix=${root}/`], { env, input: files });
    await pauseAt("checks");
    const check = checkProject(root);
    if (check.issues.length) return refused("content:check", check.issues);
    // db:build into a scratch file: the live database changes with the next deployment, not now.
    const { dataset, issues } = readDataset(path.join(root, "content/data"), root);
    if (issues.length) return refused("db:build", issues);
    await writeDatabase(dataset, path.join(work, "data.db"));

    // The branch moves from the commit the draft was laid on to the new one, or not at all.
    const journal: Journal = { ref, old, new: commit, paths, pid: process.pid };
    writeJournal(lock.dir, journal);
    await pauseAt("before-ref");
    if (!lock.held()) {
      dropJournal(lock.dir);
      throw new RepoBusy(null);
    }
    try {
      git(repo, ["update-ref", "-m", `desk: ${title}`.slice(0, 200), ref, commit, old]);
    } catch {
      // The ref moved (a commit made outside the desk) or its lock is held: nothing was published.
      if (!gitOk(repo, ["merge-base", "--is-ancestor", commit, ref])) {
        dropJournal(lock.dir);
        return refused("moved", [issue({ file: ref }, "publishMoved")]);
      }
    }
    await pauseAt("after-ref");
    try {
      const { skipped } = await syncCheckout(repo, journal);
      if (skipped.length)
        console.warn(
          `desk: the checkout keeps its own changes to ${skipped.join(", ")}; commit ${commit} has the draft's`,
        );
      dropJournal(lock.dir);
    } catch (e) {
      // The commit has landed; the journal stays and the next recovery brings the checkout up to it.
      console.error(`desk: commit ${commit} landed but the checkout could not follow yet: ${(e as Error).message}`);
    }
    return { ok: true, commit, files: paths };
  } catch (e) {
    if (e instanceof RepoBusy) throw e;
    return refused("error", [
      issue({ file: "(publishing)" }, "publishError", { detail: (e as Error).message.split("\n")[0]! }),
    ]);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

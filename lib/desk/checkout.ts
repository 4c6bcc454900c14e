import fs from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../dataset/write-file";
import { blobAt, blobText, git, gitCommonDir, gitDir, gitOk, indexEntry } from "./git";
import { pauseAt } from "./fault";
import { gitLockHeld, LOCK_FILE, pidAlive, RepoBusy } from "./repo-lock";

// The checkout follows the branch: after the branch has moved to a publication's commit, the draft's files in the
// work tree and the index are brought up to it. Before the branch moves, a journal (.git/desk/journal.json) names
// the old and the new commit and the files; it is removed once the checkout has caught up. After a crash, repair()
// finishes what the journal names, or drops it when the branch never moved.

export type Journal = { ref: string; old: string; new: string; paths: string[]; pid: number };

const JOURNAL = "journal.json";
export const journalFile = (deskDir: string) => path.join(deskDir, JOURNAL);

export function writeJournal(deskDir: string, j: Journal): void {
  writeFileAtomic(journalFile(deskDir), JSON.stringify(j));
}

export function readJournal(deskDir: string): Journal | null {
  try {
    return JSON.parse(fs.readFileSync(journalFile(deskDir), "utf8")) as Journal;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    // A journal is renamed into place whole; one that cannot be read was not written by the desk.
    throw new Error(`${journalFile(deskDir)} is not a desk journal: ${(e as Error).message}`);
  }
}

export const dropJournal = (deskDir: string) => fs.rmSync(journalFile(deskDir), { force: true });

// Files a file's writeFileAtomic leaves beside it when its process died between writing and renaming.
function removeStaleTemps(full: string): void {
  const dir = path.dirname(full);
  const base = `${path.basename(full)}.tmp-`;
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names)
    if (n.startsWith(base) && /^\d+$/.test(n.slice(base.length)) && !pidAlive(Number(n.slice(base.length))))
      fs.rmSync(path.join(dir, n), { force: true });
}

export type SyncResult = { written: string[]; skipped: string[] };

// Brings the journal's files in the work tree and the index from its old commit to its new one. A file is touched only
// if it still holds the old text or already the new one (and its index entry likewise): anything else is someone's
// own change, which is left alone and reported. Each file is renamed into place whole, then one `git update-index`.
export async function syncCheckout(repo: string, j: Journal): Promise<SyncResult> {
  const written: string[] = [];
  const skipped: string[] = [];
  const ready: string[] = [];
  for (const rel of j.paths) {
    const full = path.join(repo, rel);
    removeStaleTemps(full);
    const before = blobAt(repo, j.old, rel);
    const after = blobAt(repo, j.new, rel);
    const entry = indexEntry(repo, rel);
    const indexOk = entry === null ? before === null : entry.sha === before?.sha || entry.sha === after?.sha;
    const text = fs.existsSync(full) ? fs.readFileSync(full, "utf8") : null;
    const oldText = before ? blobText(repo, before.sha) : null;
    const newText = after ? blobText(repo, after.sha) : null;
    if (!indexOk || (text !== oldText && text !== newText)) {
      skipped.push(rel);
      continue;
    }
    if (text !== newText) {
      if (newText === null) fs.rmSync(full, { force: true });
      else {
        fs.mkdirSync(path.dirname(full), { recursive: true });
        writeFileAtomic(full, newText);
      }
      written.push(rel);
      if (written.length === 1) await pauseAt("sync");
    }
    ready.push(rel);
  }
  if (ready.length) git(repo, ["update-index", "--add", "--remove", "--", ...ready]);
  return { written, skipped };
}

// Git's own lock files a killed git leaves behind: the index's, HEAD's and the branch's.
function gitLocks(repo: string, ref: string | null): string[] {
  const own = gitDir(repo);
  const common = gitCommonDir(repo);
  return [
    path.join(own, "index.lock"),
    path.join(own, "HEAD.lock"),
    ...(ref ? [path.join(common, `${ref}.lock`)] : []),
    path.join(common, "packed-refs.lock"),
  ];
}

export type Repair = { removedLocks: string[]; journal: "none" | "finished" | "dropped"; skipped: string[] };

// Run with the repository lock held, before each publication and when the server starts. Removes git's lock files
// that no live process holds (throws RepoBusy when one is held), finishes or drops the journal, and deletes the
// scratch files of publications that died.
export async function repairCheckout(repo: string, deskDir: string, ref: string | null): Promise<Repair> {
  const removedLocks: string[] = [];
  for (const lock of gitLocks(repo, ref)) {
    if (!fs.existsSync(lock)) continue;
    if (gitLockHeld(lock, repo)) throw new RepoBusy(null);
    fs.rmSync(lock, { force: true });
    removedLocks.push(lock);
  }
  let journal: Repair["journal"] = "none";
  let skipped: string[] = [];
  const j = readJournal(deskDir);
  if (j) {
    // The branch moved if it now holds the new commit (a later commit of someone else's may sit on top).
    if (gitOk(repo, ["merge-base", "--is-ancestor", j.new, j.ref])) {
      skipped = (await syncCheckout(repo, j)).skipped;
      journal = "finished";
    } else journal = "dropped";
    dropJournal(deskDir);
  }
  // Every other file in .git/desk is a dead publication's scratch (this process holds the lock and has none yet),
  // except a lock another live process is about to link into place or is breaking (publish.lock.new-<pid>-…).
  for (const name of fs.existsSync(deskDir) ? fs.readdirSync(deskDir) : []) {
    if (name === LOCK_FILE) continue;
    const owner = /^publish\.lock\.(?:new|stale)-(\d+)-/.exec(name);
    if (owner && pidAlive(Number(owner[1]))) continue;
    fs.rmSync(path.join(deskDir, name), { recursive: true, force: true });
  }
  return { removedLocks, journal, skipped };
}

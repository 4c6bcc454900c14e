import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gitDir } from "./git";

// Publication is one at a time per repository, across processes: a lock file in the checkout's git directory
// (.git/desk/publish.lock) names the process that holds it. It is made whole beside its place and linked there
// (link fails when the name exists), so no reader ever sees a lock without its holder. A lock whose holder is dead
// is stale and is taken over; one held by a live process makes the next approval wait its turn in this process
// (a queue) or, from another process, be refused as busy.

export type Holder = { pid: number; start: string | null; host: string; at: string };

export class RepoBusy extends Error {
  constructor(public holder: Holder | null) {
    super(holder ? `the repository is being published by process ${holder.pid}` : "the repository is busy");
  }
}

// Where the desk keeps its lock, journal and scratch files: inside the checkout's git directory, out of the work tree.
export function deskGitDir(repo: string): string {
  return path.join(gitDir(repo), "desk");
}

export const LOCK_FILE = "publish.lock";

// A process's start time (clock ticks since boot, /proc/<pid>/stat field 22), so a pid the kernel has handed to
// another process since is not taken for the holder. null where /proc cannot tell.
export function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields from the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Alive = the same process as the one that wrote the lock. A lock from another machine (a shared disk) cannot be
// checked from here and counts as alive.
export function holderAlive(h: Holder): boolean {
  if (h.host !== os.hostname()) return true;
  if (!pidAlive(h.pid)) return false;
  const now = processStart(h.pid);
  return h.start === null || now === null || now === h.start;
}

const me = (): Holder => ({
  pid: process.pid,
  start: processStart(process.pid),
  host: os.hostname(),
  at: new Date().toISOString(),
});

export function readHolder(file: string): { raw: string; holder: Holder | null } | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  try {
    const h = JSON.parse(raw) as Holder;
    return { raw, holder: typeof h.pid === "number" ? h : null };
  } catch {
    // Unreadable: never written by this code (a lock is linked into place whole). Treated as stale.
    return { raw, holder: null };
  }
}

// Moves a stale lock aside and deletes it, unless what was moved is not what was judged stale (another process took
// the lock over in between): then it is put back.
function breakStale(file: string, raw: string): void {
  const aside = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  try {
    if (fs.readFileSync(aside, "utf8") !== raw) fs.linkSync(aside, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

export type RepoLock = {
  dir: string;
  // Still ours? Checked again just before the branch moves.
  held(): boolean;
};

// Takes the lock or throws RepoBusy; a stale one is broken first.
function acquire(dir: string): { lock: RepoLock; release: () => void } {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const raw = JSON.stringify(me());
  const tmp = path.join(dir, `${LOCK_FILE}.new-${process.pid}-${crypto.randomBytes(4).toString("hex")}`);
  fs.writeFileSync(tmp, raw);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(tmp, file);
        const held = () => readHolder(file)?.raw === raw;
        return {
          lock: { dir, held },
          release: () => {
            if (held()) fs.rmSync(file, { force: true });
          },
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const found = readHolder(file);
      if (!found) continue;
      if (found.holder && holderAlive(found.holder)) throw new RepoBusy(found.holder);
      breakStale(file, found.raw);
    }
    throw new RepoBusy(readHolder(file)?.holder ?? null);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

// Within one process, publications run in turn (each waits for the one before); across processes, the lock file.
const queues = new Map<string, Promise<unknown>>();

export function withRepoLock<T>(repo: string, work: (lock: RepoLock) => Promise<T>): Promise<T> {
  const dir = deskGitDir(repo);
  const run = (queues.get(dir) ?? Promise.resolve()).then(async () => {
    const { lock, release } = acquire(dir);
    try {
      return await work(lock);
    } finally {
      release();
    }
  });
  queues.set(
    dir,
    run.catch(() => undefined),
  );
  return run;
}

// Takes the lock only if nobody holds it (no waiting in the queue): for recovery at start, which a live publisher
// makes unnecessary. Returns undefined when busy.
export async function tryRepoLock<T>(repo: string, work: (lock: RepoLock) => Promise<T>): Promise<T | undefined> {
  try {
    return await withRepoLock(repo, work);
  } catch (e) {
    if (e instanceof RepoBusy) return undefined;
    throw e;
  }
}

// The processes (other than this one) that have `file` open, as far as /proc shows; null where /proc cannot be read.
export function openedBy(file: string): number[] | null {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return null;
  }
  const target = realpath(file);
  return pids.map(Number).filter((pid) => {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      return false; // gone, or another user's
    }
    return fds.some((fd) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === target;
      } catch {
        return false;
      }
    });
  });
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

// A git process working in this repository (its current directory inside the checkout or its git directory).
function gitRunsIn(repo: string): boolean {
  const roots = [realpath(repo), realpath(gitDir(repo))];
  const inside = (p: string) => roots.some((r) => p === r || p.startsWith(r + path.sep));
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let comm = "";
    try {
      comm = fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    } catch {
      continue; // gone
    }
    if (comm !== "git" && !comm.startsWith("git-")) continue;
    try {
      if (inside(fs.readlinkSync(`/proc/${pid}/cwd`))) return true;
    } catch (e) {
      // Another user's git: where it works cannot be seen, so it may be here.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") return true;
    }
  }
  return false;
}

// Is a lock file git left (index.lock, a ref's .lock) held by a live process? Yes if any process has it open, or a
// git process works in this repository (git keeps index.lock closed while `git commit` waits for its editor). Where
// /proc cannot be read the answer is yes: such a lock is left alone and publishing is refused as busy.
export function gitLockHeld(file: string, repo: string): boolean {
  const open = openedBy(file);
  return open === null || open.length > 0 || gitRunsIn(repo);
}

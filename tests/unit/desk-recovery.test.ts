import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { git, scratchRepo } from "./git-fixture";
import { figureDraft } from "./desk-draft-fixture";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { readJournal, repairCheckout, writeJournal } from "@/lib/desk/checkout";
import { publishDraft } from "@/lib/desk/publish";
import { deskGitDir, LOCK_FILE, processStart, RepoBusy, withRepoLock } from "@/lib/desk/repo-lock";

// What a crash leaves between two steps of a publication, made by hand (the e2e crash test kills a real server at
// these points): the repair must leave the branch at the old or the new commit and the checkout clean.
const GOOD = path.resolve("tests/fixtures/content-good");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "desk-recovery-"));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const repo = () => scratchRepo(work, GOOD);

const people = { a: { name: "Ed Itor", email: "ed@example.org" }, r: { name: "Rae Viewer", email: "rev@example.org" } };
const figure = figureDraft;
const OBS = "content/data/observations.csv";

// A real publication (old → new), then the checkout and branch put back into a crash's state by hand.
async function published(dir: string) {
  const old = git(dir, "rev-parse", "HEAD");
  const r = await publishDraft(dir, figure("2016", "8.50"), people.a, people.r, "Data: 2016", {
    draft: 7,
    token: "t0k",
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return { old, new: r.commit, paths: r.files, desk: deskGitDir(dir) };
}
const status = (dir: string) => git(dir, "status", "--porcelain", "--untracked-files=all");
// A process that has exited: its pid is free (and, if reused, has another start time).
async function deadPid(): Promise<number> {
  const p = spawn(process.execPath, ["-e", ""]);
  await new Promise((r) => p.once("exit", r));
  return p.pid!;
}
function sleeper(stdio: "ignore" | number = "ignore"): ChildProcess {
  const p = spawn("sleep", ["60"], { stdio: ["ignore", stdio, "ignore"] });
  children.push(p);
  return p;
}

describe("publishing builds its commit beside the checkout", () => {
  it("carries the draft's id and token as trailers and leaves nothing behind in .git/desk", async () => {
    const dir = repo();
    const p = await published(dir);
    expect(git(dir, "log", "-1", "--format=%B")).toMatch(
      /Reviewed-by: Rae Viewer <rev@example.org>\nDesk-Draft: 7\nDesk-Publication: t0k\n?$/,
    );
    expect(git(dir, "rev-parse", "HEAD~1")).toBe(p.old);
    expect(fs.readdirSync(p.desk)).toEqual([]);
    expect(status(dir)).toBe("");
  });

  it("refuses a checkout on a detached HEAD, writing nothing", async () => {
    const dir = repo();
    git(dir, "checkout", "-q", "--detach");
    const r = await publishDraft(dir, figure("2016", "8.50"), people.a, people.r, "x");
    expect(r).toMatchObject({ ok: false, reason: "detached" });
    expect(status(dir)).toBe("");
  });
});

describe("repair after a crash", () => {
  it("before the branch moved: drops the journal, the branch stays at the old commit, the checkout is clean", async () => {
    const dir = repo();
    const p = await published(dir);
    git(dir, "reset", "-q", "--hard", p.old);
    writeJournal(p.desk, { ref: "refs/heads/main", old: p.old, new: p.new, paths: p.paths, pid: 1 });
    fs.mkdirSync(path.join(p.desk, "work-99999-abc"));
    fs.writeFileSync(path.join(p.desk, "work-99999-abc", "index"), "half");
    const r = await repairCheckout(dir, p.desk, "refs/heads/main");
    expect(r.journal).toBe("dropped");
    expect(git(dir, "rev-parse", "HEAD")).toBe(p.old);
    expect(status(dir)).toBe("");
    expect(fs.readdirSync(p.desk)).toEqual([]);
  });

  it("after the branch moved: brings the lagging index and work tree up to the new commit", async () => {
    const dir = repo();
    const p = await published(dir);
    const newText = fs.readFileSync(path.join(dir, OBS), "utf8");
    // The branch is at the new commit; the index and the file still hold the old one (the checkout never followed).
    git(dir, "read-tree", p.old);
    fs.writeFileSync(path.join(dir, OBS), git(dir, "show", `${p.old}:${OBS}`) + "\n");
    expect(status(dir)).not.toBe("");
    writeJournal(p.desk, { ref: "refs/heads/main", old: p.old, new: p.new, paths: p.paths, pid: 1 });
    const r = await repairCheckout(dir, p.desk, "refs/heads/main");
    expect(r).toMatchObject({ journal: "finished", skipped: [] });
    expect(git(dir, "rev-parse", "HEAD")).toBe(p.new);
    expect(fs.readFileSync(path.join(dir, OBS), "utf8")).toBe(newText);
    expect(status(dir)).toBe("");
    expect(readJournal(p.desk)).toBeNull();
  });

  it("half way through the checkout: a file already new, its index entry old, a temporary file beside it", async () => {
    const dir = repo();
    const p = await published(dir);
    git(dir, "update-index", "--cacheinfo", `100644,${git(dir, "rev-parse", `${p.old}:${OBS}`)},${OBS}`);
    const dead = await deadPid();
    fs.writeFileSync(path.join(dir, `${OBS}.tmp-${dead}`), "partial");
    writeJournal(p.desk, { ref: "refs/heads/main", old: p.old, new: p.new, paths: p.paths, pid: dead });
    expect(status(dir)).not.toBe("");
    await repairCheckout(dir, p.desk, "refs/heads/main");
    expect(status(dir)).toBe("");
  });

  it("leaves someone's own edit of a journal file alone and says so", async () => {
    const dir = repo();
    const p = await published(dir);
    git(dir, "read-tree", p.old);
    fs.writeFileSync(path.join(dir, OBS), "an editor's own text\n");
    writeJournal(p.desk, { ref: "refs/heads/main", old: p.old, new: p.new, paths: p.paths, pid: 1 });
    const r = await repairCheckout(dir, p.desk, "refs/heads/main");
    expect(r.skipped).toEqual([OBS]);
    expect(fs.readFileSync(path.join(dir, OBS), "utf8")).toBe("an editor's own text\n");
  });

  it("removes a stale .git/index.lock and the branch's lock, but not one a live process holds open", async () => {
    const dir = repo();
    const desk = deskGitDir(dir);
    fs.mkdirSync(desk, { recursive: true });
    const index = path.join(dir, ".git/index.lock");
    const ref = path.join(dir, ".git/refs/heads/main.lock");
    fs.writeFileSync(index, "");
    fs.writeFileSync(ref, "");
    const r = await repairCheckout(dir, desk, "refs/heads/main");
    expect(r.removedLocks.sort()).toEqual(
      [index, ref].map((f) => fs.realpathSync(path.dirname(f)) + "/" + path.basename(f)).sort(),
    );
    expect(fs.existsSync(index)).toBe(false);
    // Held open by a live process (as git holds it while it writes the index): left alone, and the repair says busy.
    const fd = fs.openSync(index, "w");
    const holder = sleeper(fd);
    fs.closeSync(fd);
    await expect.poll(() => fs.readdirSync(`/proc/${holder.pid}/fd`).length).toBeGreaterThan(0);
    await expect(repairCheckout(dir, desk, "refs/heads/main")).rejects.toBeInstanceOf(RepoBusy);
    expect(fs.existsSync(index)).toBe(true);
    holder.kill("SIGKILL");
    await new Promise((r) => holder.once("exit", r));
    await repairCheckout(dir, desk, "refs/heads/main");
    expect(fs.existsSync(index)).toBe(false);
    expect(status(dir)).toBe("");
  });
});

describe("the repository lock", () => {
  const holderFile = (pid: number, start: string | null) =>
    JSON.stringify({ pid, start, host: os.hostname(), at: new Date().toISOString() });

  it("refuses while a live process holds it, and takes over one whose holder is dead", async () => {
    const dir = repo();
    const desk = deskGitDir(dir);
    fs.mkdirSync(desk, { recursive: true });
    const live = sleeper();
    fs.writeFileSync(path.join(desk, LOCK_FILE), holderFile(live.pid!, processStart(live.pid!)));
    await expect(withRepoLock(dir, async () => "ran")).rejects.toBeInstanceOf(RepoBusy);
    const r = await publishDraft(dir, figure("2016", "8.50"), people.a, people.r, "x").catch((e: Error) => e);
    expect(r).toBeInstanceOf(RepoBusy);
    expect(status(dir)).toBe("");
    fs.writeFileSync(path.join(desk, LOCK_FILE), holderFile(await deadPid(), null));
    await expect(withRepoLock(dir, async () => fs.readFileSync(path.join(desk, LOCK_FILE), "utf8"))).resolves.toContain(
      `"pid":${process.pid}`,
    );
    expect(fs.existsSync(path.join(desk, LOCK_FILE))).toBe(false);
  });

  it("takes over a lock whose pid now belongs to another process (a different start time)", async () => {
    const dir = repo();
    const desk = deskGitDir(dir);
    fs.mkdirSync(desk, { recursive: true });
    const other = sleeper();
    fs.writeFileSync(path.join(desk, LOCK_FILE), holderFile(other.pid!, "1"));
    await expect(withRepoLock(dir, async () => "ran")).resolves.toBe("ran");
  });
});

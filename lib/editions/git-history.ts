import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";

// The content history as git holds it: the branch's own line of commits (first parents: a merge is one publication),
// each with the files under content/ it changed, and the blobs read in one `git cat-file --batch`.

export const HISTORY_PATHS = ["content/cases", "content/data"] as const;

export type HistoryChange = { path: string; blob: string | null }; // null: the file was deleted
export type HistoryCommit = { commit: string; time: string; changes: HistoryChange[] };
export type History = { head: string | null; commits: HistoryCommit[] };

// Why the history could not be read, said so that whoever runs the build knows what to do.
export class HistoryError extends Error {
  constructor(message: string) {
    super(
      `${message}\nEditions are derived from the content history (docs/architecture.md, "Editions"). ` +
        `Build from a full clone, or set EDITIONS_WITHOUT_HISTORY=1 to build without editions ` +
        `(every case page then says that its editions are unknown).`,
    );
    this.name = "HistoryError";
  }
}

const MAX_BUFFER = 1 << 30;

function git(repo: string, args: string[], input?: string): string {
  const r = spawnSync("git", args, { cwd: repo, encoding: "utf8", input, maxBuffer: MAX_BUFFER });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new HistoryError(
      code === "ENOENT" ? "git is not installed (no git on PATH)." : `git failed: ${r.error.message}`,
    );
  }
  if (r.status !== 0) throw new HistoryError(`git ${args[0]} failed in ${repo}: ${r.stderr.trim()}`);
  return r.stdout;
}

// The HEAD commit of the repository at `repo` (its top level), with its whole history; null before the first commit.
// A shallow clone, a copy without .git or a machine without git is refused with a HistoryError.
export function repositoryHead(repo: string): string | null {
  const r = spawnSync("git", ["rev-parse", "--show-toplevel", "--is-shallow-repository"], {
    cwd: repo,
    encoding: "utf8",
  });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT")
    throw new HistoryError("git is not installed (no git on PATH).");
  if (r.status !== 0) throw new HistoryError(`${repo} is not a git repository (${r.stderr.trim().split("\n")[0]}).`);
  const [top = "", shallow] = r.stdout.trim().split("\n");
  if (fs.realpathSync(/* turbopackIgnore: true */ top) !== fs.realpathSync(/* turbopackIgnore: true */ repo))
    throw new HistoryError(`${repo} is not the top of its git repository (that is ${top}).`);
  if (shallow === "true")
    throw new HistoryError(`${repo} is a shallow clone: its early history is missing (git fetch --unshallow).`);
  const head = spawnSync("git", ["rev-parse", "--verify", "-q", "HEAD^{commit}"], { cwd: repo, encoding: "utf8" });
  return head.status === 0 ? head.stdout.trim() : null; // null: a repository without a commit yet
}

// One `git log` over the first-parent line, oldest first, with each commit's changes to `paths` against its first parent.
export function readHistory(
  repo: string,
  paths: readonly string[] = HISTORY_PATHS,
  head = repositoryHead(repo),
): History {
  if (!head) return { head, commits: [] };
  const out = git(repo, [
    "log",
    "--first-parent",
    "--reverse",
    "--root",
    "--diff-merges=first-parent",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "-z",
    "--format=%x01%H %cI",
    head,
    "--",
    ...paths,
  ]);
  const commits: HistoryCommit[] = [];
  for (const chunk of out.split("\x01").slice(1)) {
    const [line = "", ...rest] = chunk.split("\0");
    const [commit = "", time = ""] = line.split(" ");
    const changes: HistoryChange[] = [];
    // Raw entries: ":<old mode> <new mode> <old blob> <new blob> <status>", then the path.
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const meta = rest[i]!.trim();
      if (!meta.startsWith(":")) break;
      const [, , , blob = "", status = ""] = meta.slice(1).split(" ");
      changes.push({ path: rest[i + 1]!, blob: status.startsWith("D") ? null : blob });
    }
    commits.push({ commit, time, changes });
  }
  return { head, commits };
}

// The contents of blobs, read in one `git cat-file --batch`.
export function readBlobs(repo: string, blobs: Iterable<string>): Map<string, string> {
  const ids = [...new Set(blobs)];
  const found = new Map<string, string>();
  if (!ids.length) return found;
  const r = spawnSync("git", ["cat-file", "--batch"], {
    cwd: repo,
    input: ids.join("\n") + "\n",
    maxBuffer: MAX_BUFFER,
  });
  if (r.error || r.status !== 0)
    throw new HistoryError(`git cat-file failed in ${repo}: ${String(r.stderr ?? r.error)}`);
  const buf = r.stdout;
  let at = 0;
  while (at < buf.length) {
    const eol = buf.indexOf(10, at);
    const [id = "", type, size] = buf.subarray(at, eol).toString("utf8").split(" ");
    if (type === "missing" || size === undefined) throw new HistoryError(`git object ${id} is missing from ${repo}.`);
    const start = eol + 1;
    found.set(id, buf.subarray(start, start + Number(size)).toString("utf8"));
    at = start + Number(size) + 1;
  }
  return found;
}

// The id git gives a file's bytes (as `git hash-object` would), so the working copy can be compared without git.
export function blobId(bytes: Buffer, length = 40): string {
  const algo = length === 64 ? "sha256" : "sha1";
  return createHash(algo).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

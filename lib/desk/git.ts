import { execFileSync } from "node:child_process";
import path from "node:path";

// The git CLI, run in the publishing checkout. Variables that would point git at another repository, index or work
// tree (set, say, by a hook that started the server) are dropped: every call names what it works on.
type GitOptions = { env?: Record<string, string>; input?: string };

function gitEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"])
    delete env[k];
  return { ...env, ...extra };
}

// Output as git wrote it (a blob's text keeps its whitespace).
export function gitRaw(repo: string, args: string[], { env = {}, input }: GitOptions = {}): string {
  return execFileSync("git", args, {
    cwd: repo,
    encoding: "utf8",
    stdio: "pipe",
    input,
    env: gitEnv(env),
    maxBuffer: 256 * 1024 * 1024,
  });
}

export const git = (repo: string, args: string[], options: GitOptions = {}) => gitRaw(repo, args, options).trim();

// True when git exits 0 (for questions such as "is this an ancestor").
export function gitOk(repo: string, args: string[]): boolean {
  try {
    gitRaw(repo, args);
    return true;
  } catch {
    return false;
  }
}

// The checkout's own git directory (a linked worktree has one of its own; its branch is checked out nowhere else).
export const gitDir = (repo: string) => git(repo, ["rev-parse", "--absolute-git-dir"]);

// Where refs live (shared by linked worktrees).
export const gitCommonDir = (repo: string) => path.resolve(repo, git(repo, ["rev-parse", "--git-common-dir"]));

// The branch HEAD names (refs/heads/…), or null when HEAD is detached.
export function currentBranch(repo: string): string | null {
  try {
    return git(repo, ["symbolic-ref", "-q", "HEAD"]) || null;
  } catch {
    return null;
  }
}

// A file's blob at a commit ({ mode, sha }), or null when the commit has no such file.
export function blobAt(repo: string, commit: string, file: string): { mode: string; sha: string } | null {
  const line = git(repo, ["ls-tree", "-z", commit, "--", file]).replace(/\0$/, "");
  if (!line) return null;
  const [meta] = line.split("\t");
  const [mode, type, sha] = meta!.split(" ");
  return type === "blob" ? { mode: mode!, sha: sha! } : null;
}

export const blobText = (repo: string, sha: string) => gitRaw(repo, ["cat-file", "blob", sha]);

// The index's entry for a file ({ mode, sha }), or null when the index has none.
export function indexEntry(repo: string, file: string, env: Record<string, string> = {}) {
  const line = git(repo, ["ls-files", "-s", "-z", "--", file], { env }).replace(/\0$/, "");
  if (!line) return null;
  const [mode, sha] = line.split(" ");
  return { mode: mode!, sha: sha! };
}

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// git in a scratch repository, as a fixed person, so commits need no configuration on the machine running the tests.
export const git = (repo: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd: repo,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "T",
      GIT_AUTHOR_EMAIL: "t@example.org",
      GIT_COMMITTER_NAME: "T",
      GIT_COMMITTER_EMAIL: "t@example.org",
    },
  }).trim();

// A new repository under `work` holding a copy of `from` as its first commit, on a branch named main.
export function scratchRepo(work: string, from: string): string {
  const dir = fs.mkdtempSync(path.join(work, "repo-"));
  fs.cpSync(from, dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "start");
  return dir;
}

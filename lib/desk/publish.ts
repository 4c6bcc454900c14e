import "server-only";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { issue, type Issue } from "../problems/issues";
import { readDataset } from "../dataset/load-dataset";
import { writeDatabase } from "../dataset/write-db";
import { checkProject } from "../editor/check-project";
import { writeFileAtomic } from "../editor/write-file";
import { contentIndex, forgetContentIndex } from "./content-index";
import { layDraft, type DraftInput } from "./materialize";

export type Person = { name: string; email: string };
export type PublishResult =
  { ok: true; commit: string; files: string[] } | { ok: false; reason: string; issues: Issue[] };

const git = (repo: string, args: string[], env: Record<string, string> = {}, input?: string) =>
  execFileSync("git", args, {
    cwd: repo,
    encoding: "utf8",
    stdio: "pipe",
    input,
    env: { ...process.env, ...env },
  }).trim();

// One publication at a time: two approvals at once would each see the other's uncommitted files
// (and refuse them as "dirty"), or check a tree the other is half-way through writing. The desk is
// one server process; this queue makes its publications run in turn.
let queue: Promise<unknown> = Promise.resolve();

export function publishDraft(...args: Parameters<typeof publishNow>): Promise<PublishResult> {
  const run = queue.then(() => publishNow(...args));
  queue = run.catch(() => undefined);
  return run;
}

// Writes the draft's files into the repository, runs content:check and db:build there, and commits; on any failure the files are put back as they were.
async function publishNow(
  repo: string,
  d: DraftInput,
  author: Person,
  reviewer: Person,
  title: string,
): Promise<PublishResult> {
  try {
    return await writeCheckCommit(repo, d, author, reviewer, title);
  } finally {
    forgetContentIndex(repo);
  }
}

async function writeCheckCommit(
  repo: string,
  d: DraftInput,
  author: Person,
  reviewer: Person,
  title: string,
): Promise<PublishResult> {
  // The files this draft changes, computed in memory; they are written over the checkout below, then content:check runs there.
  const m = layDraft(contentIndex(repo), d);
  if (m.dataIssues.length) return { ok: false, reason: "data", issues: m.dataIssues };
  const paths = m.files.map((f) => f.path);
  if (!paths.length) return { ok: false, reason: "empty", issues: [issue({ file: "(draft)" }, "publishEmpty")] };
  // A data change writes content/data only, whatever it holds.
  const outside = d.kind === "data" ? paths.filter((p) => !p.startsWith("content/data/")) : [];
  if (outside.length)
    return { ok: false, reason: "data", issues: outside.map((file) => issue({ file }, "publishOutside")) };
  const dirty = git(repo, ["status", "--porcelain", "--", ...paths]);
  if (dirty)
    return {
      ok: false,
      reason: "dirty",
      issues: dirty.split("\n").map((l) => issue({ file: l.slice(3) }, "publishDirty")),
    };

  const created = new Set<string>();
  const restore = () => {
    for (const f of m.files) {
      const full = path.join(repo, f.path);
      if (f.before === null) fs.rmSync(full, { force: true });
      else writeFileAtomic(full, f.before);
    }
    for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const f of m.files) {
      const full = path.join(repo, f.path);
      const dir = path.dirname(full);
      if (!fs.existsSync(dir)) {
        created.add(path.join(repo, "content/cases", d.slug));
        fs.mkdirSync(dir, { recursive: true });
      }
      writeFileAtomic(full, f.after);
    }
    const check = checkProject(repo);
    if (check.issues.length) {
      restore();
      return { ok: false, reason: "content:check", issues: check.issues };
    }
    // db:build on the result, into a scratch file: the live database changes with the next deployment, not now.
    const { dataset, issues } = readDataset(path.join(repo, "content/data"), repo);
    if (issues.length) {
      restore();
      return { ok: false, reason: "db:build", issues };
    }
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "desk-db-"));
    try {
      await writeDatabase(dataset, path.join(scratch, "data.db"));
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    git(repo, ["add", "--", ...paths]);
    const message = `${title}\n\nPublished from the editors' desk.\n\nReviewed-by: ${reviewer.name} <${reviewer.email}>\n`;
    git(
      repo,
      ["commit", "-q", "--no-verify", "--author", `${author.name} <${author.email}>`, "-F", "-", "--", ...paths],
      {
        GIT_COMMITTER_NAME: process.env.DESK_COMMITTER_NAME ?? "Editors' desk",
        GIT_COMMITTER_EMAIL: process.env.DESK_COMMITTER_EMAIL ?? "desk@localhost",
      },
      message,
    );
    return { ok: true, commit: git(repo, ["rev-parse", "HEAD"]), files: paths };
  } catch (e) {
    try {
      git(repo, ["reset", "-q", "--", ...paths]);
    } catch {}
    restore();
    return {
      ok: false,
      reason: "error",
      issues: [issue({ file: "(publishing)" }, "publishError", { detail: (e as Error).message.split("\n")[0]! })],
    };
  }
}

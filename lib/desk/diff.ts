import "server-only";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FileChange } from "./materialize";

// A unified diff per file (git diff --no-index), so reviewers read exactly what the commit will change.
export function unifiedDiff(f: FileChange): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "desk-diff-"));
  try {
    const a = path.join(dir, "a");
    const b = path.join(dir, "b");
    fs.writeFileSync(a, f.before ?? "");
    fs.writeFileSync(b, f.after);
    try {
      execFileSync("git", ["diff", "--no-index", "--no-color", "--unified=3", a, b], {
        encoding: "utf8",
        stdio: "pipe",
      });
      return "";
    } catch (e) {
      // git diff exits 1 when the files differ; its output is the diff.
      const out = (e as { stdout?: string }).stdout ?? "";
      return out.split("\n").slice(4).join("\n");
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

import fs from "node:fs";
import { deskDatabaseFile } from "./database-url";

// The desk database holds password hashes and session tokens: readable by the desk's own user only, like its secret.
// `prisma migrate deploy` creates it with the umask's mode (644 on most systems), and SQLite gives its journal files
// the database's mode, so the database and any journal beside it are set to 600. Returns the files it changed.
export function restrictDeskFiles(file: string): string[] {
  const changed: string[] = [];
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) {
    let mode: number;
    try {
      mode = fs.statSync(/*turbopackIgnore: true*/ f).mode & 0o777;
    } catch {
      continue; // not there
    }
    if (mode & 0o077) {
      fs.chmodSync(/*turbopackIgnore: true*/ f, mode & 0o700);
      changed.push(f);
    }
  }
  return changed;
}

// Run once when the server starts (instrumentation.ts): makes the database private to the desk's user, then finishes
// or undoes a publication a crash interrupted. A server without a desk database (a public site only) opens nothing
// and creates nothing.
export async function deskStart(): Promise<void> {
  const file = deskDatabaseFile();
  // No database, or an empty file (created by a tool, never migrated): no desk has run here.
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const changed = restrictDeskFiles(file);
  if (changed.length) console.warn(`desk: made ${changed.join(", ")} readable by their owner only (mode 600)`);
  const { recoverOnStart } = await import("./recover");
  await recoverOnStart();
}

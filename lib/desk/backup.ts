import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { deskDatabaseFile, deskSecretFile } from "./database-url";

// The desk's database and its session secret, copied and put back (npm run desk:backup / desk:restore). The copy is
// made with SQLite's online backup API, so it is consistent while the desk writes; the secret is saved beside it as
// <copy>.auth-secret, without which every session in the copy is unreadable.

export const secretBeside = (copy: string) => `${copy}.auth-secret`;

export class BackupError extends Error {}

// A file is a desk database if SQLite opens it, finds it intact, and it has the desk's tables.
export function checkDeskDatabase(file: string): { latest: string | null } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError(`${file}: expected an SQLite database, ${(e as Error).message}`);
  }
  try {
    const ok = db.pragma("quick_check", { simple: true });
    if (ok !== "ok") throw new BackupError(`${file}: the database is damaged (quick_check: ${String(ok)})`);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const missing = ["Draft", "AuditEvent", "user", "session", "_prisma_migrations"].filter((t) => !tables.has(t));
    if (missing.length) throw new BackupError(`${file}: expected the desk's tables, missing ${missing.join(", ")}`);
    const row = db.prepare("SELECT max(at) AS latest FROM AuditEvent").get() as { latest: number | string | null };
    return { latest: row.latest === null ? null : new Date(row.latest).toISOString() };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`${file}: expected an SQLite database, ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

// Copies `from` (an open desk database or a backup) into `to` with the backup API: every page in one step, under
// one read lock, so the copy is one moment of the source. SQLite answers "busy" while a writer commits; the busy
// timeout waits for it, and a step that still found it busy (better-sqlite3 then reports nothing copied) is retried.
async function copyDatabase(from: string, to: string): Promise<void> {
  const src = new Database(from, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    for (let attempt = 1; ; attempt++) {
      const r = await src.backup(to, { progress: () => 0x7fffffff });
      if (r.totalPages > 0 && r.remainingPages === 0 && fs.existsSync(to)) return;
      if (attempt === 20) throw new BackupError(`${from}: the database stayed busy; nothing was copied`);
      await new Promise((done) => setTimeout(done, 250));
    }
  } finally {
    src.close();
  }
}

export type BackupResult = { copy: string; secret: string | null };

export async function backupDesk(copy: string): Promise<BackupResult> {
  const source = deskDatabaseFile();
  if (!fs.existsSync(source)) throw new BackupError(`no desk database at ${source} (set DESK_DATABASE_URL?)`);
  if (fs.existsSync(copy)) throw new BackupError(`${copy} already exists: name a new file`);
  if (!fs.existsSync(path.dirname(path.resolve(copy))))
    throw new BackupError(`${path.dirname(path.resolve(copy))}: expected an existing folder for the copy`);
  const tmp = `${copy}.tmp-${process.pid}`;
  try {
    await copyDatabase(source, tmp);
    // It holds password hashes and session tokens: readable by its owner only.
    fs.chmodSync(tmp, 0o600);
    checkDeskDatabase(tmp);
    const secret = process.env.DESK_AUTH_SECRET ? null : deskSecretFile();
    if (secret && fs.existsSync(secret)) {
      fs.writeFileSync(`${secretBeside(copy)}.tmp-${process.pid}`, fs.readFileSync(secret), { mode: 0o600 });
      fs.renameSync(`${secretBeside(copy)}.tmp-${process.pid}`, secretBeside(copy));
    }
    fs.renameSync(tmp, copy);
    return { copy, secret: secret && fs.existsSync(secret) ? secretBeside(copy) : null };
  } finally {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(`${secretBeside(copy)}.tmp-${process.pid}`, { force: true });
  }
}

export type RestoreResult = { database: string; kept: string | null; secret: boolean; latest: string | null };

// Puts a copy back. The desk must be stopped (a running server keeps the old secret in memory): refused while any
// process has the database open. The database being replaced is kept beside it as <name>.before-restore-<time>.
export async function restoreDesk(
  copy: string,
  openedBy: (file: string) => number[] | null,
  { withoutSecret = false } = {},
): Promise<RestoreResult> {
  if (!fs.existsSync(copy))
    throw new BackupError(`${copy}: no such file (expected a copy made by npm run desk:backup)`);
  const { latest } = checkDeskDatabase(copy);
  const secret = secretBeside(copy);
  const hasSecret = fs.existsSync(secret);
  if (!hasSecret && !withoutSecret && !process.env.DESK_AUTH_SECRET)
    throw new BackupError(
      `${secret}: expected the session secret saved beside the copy; without it every session ends (pass --without-secret to restore anyway)`,
    );
  const target = deskDatabaseFile();
  const users = fs.existsSync(target) ? openedBy(target) : [];
  if (users === null) throw new BackupError(`cannot tell whether the desk is running (no /proc): stop it and retry`);
  if (users.length) throw new BackupError(`stop the desk first: process ${users.join(", ")} has ${target} open`);
  let kept: string | null = null;
  if (fs.existsSync(target)) {
    kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    // A damaged database is kept as its bytes.
    await copyDatabase(target, kept).catch(() => fs.copyFileSync(target, kept!));
    fs.chmodSync(kept, 0o600);
  }
  // Into the database file itself, page by page under SQLite's locks (a hot journal beside it is rolled back first).
  await copyDatabase(copy, target);
  if (hasSecret && !process.env.DESK_AUTH_SECRET) {
    const tmp = `${deskSecretFile()}.tmp-${process.pid}`;
    try {
      fs.writeFileSync(tmp, fs.readFileSync(secret), { mode: 0o600 });
      fs.renameSync(tmp, deskSecretFile());
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return { database: target, kept, secret: hasSecret, latest };
}

import fs from "node:fs";
import path from "node:path";

// DESK_DATABASE_URL (file:/abs/path.db), or prisma/desk/desk.db in the project; the folder is created if missing.
export function deskDatabaseUrl(): string {
  const url = process.env.DESK_DATABASE_URL ?? `file:${path.resolve("prisma/desk/desk.db")}`;
  if (!url.startsWith("file:"))
    throw new Error(`DESK_DATABASE_URL must be a file: URL to an SQLite database, got "${url}"`);
  const file = path.resolve(url.slice("file:".length));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}

// The desk database's file, and the session secret kept beside it (when DESK_AUTH_SECRET is not set).
export const deskDatabaseFile = () => deskDatabaseUrl().slice("file:".length);
export const deskSecretFile = () => path.join(path.dirname(deskDatabaseFile()), "auth-secret");

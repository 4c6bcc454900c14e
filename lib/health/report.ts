import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DB_FILE } from "../data/db";
// Only the desk database's path (plain path logic, no session or desk code): the health check opens the file itself.
import { deskDatabaseFile } from "../desk/database-url";

export type Check = { ok: true } | { ok: false; error: string };
export type Health = { ok: boolean; build: string; data: Check; desk: Check };

// Opens a database read-only (never creating it) and reads one row of a table it must have. The error names which
// database and what SQLite said, never a path.
function opens(file: string, table: string): Check {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get();
      return { ok: true };
    } finally {
      db.close();
    }
  } catch (e) {
    const message = (e as Error).message;
    return { ok: false, error: message.includes(file) ? "cannot open the file" : message };
  }
}

let buildId: string | undefined;
// The id of the build this server runs (.next/BUILD_ID), read once.
function build(): string {
  if (buildId === undefined) {
    try {
      buildId = fs
        .readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), ".next", "BUILD_ID"), "utf8")
        .trim();
    } catch {
      buildId = "unknown";
    }
  }
  return buildId;
}

export function health(): Health {
  const data = opens(DB_FILE, "Region");
  let desk: Check;
  try {
    desk = opens(deskDatabaseFile(), "Draft");
  } catch (e) {
    desk = { ok: false, error: (e as Error).message }; // DESK_DATABASE_URL is not a file: URL
  }
  return { ok: data.ok && desk.ok, build: build(), data, desk };
}

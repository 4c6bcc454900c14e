import crypto from "node:crypto";
import fs from "node:fs";
import { deskSecretFile } from "./database-url";

// DESK_AUTH_SECRET, or a random secret kept beside the desk database (created once, readable by the owner only).
export function deskSecret(): string {
  if (process.env.DESK_AUTH_SECRET) return process.env.DESK_AUTH_SECRET;
  const file = deskSecretFile();
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  } catch (e) {
    // Already there (or written by another process a moment ago): use it.
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  return fs.readFileSync(file, "utf8").trim();
}

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { deskDatabaseUrl } from "./database-url";

// DESK_AUTH_SECRET, or a random secret kept beside the desk database (created once, readable by the owner only).
export function deskSecret(): string {
  if (process.env.DESK_AUTH_SECRET) return process.env.DESK_AUTH_SECRET;
  const file = path.join(path.dirname(deskDatabaseUrl().slice("file:".length)), "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  return fs.readFileSync(file, "utf8").trim();
}

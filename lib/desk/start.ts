import fs from "node:fs";
import { deskDatabaseUrl } from "./database-url";

// Run once when the server starts (instrumentation.ts): finishes or undoes a publication a crash interrupted. A server
// without a desk database (a public site only) opens nothing and creates nothing.
export async function deskStart(): Promise<void> {
  const file = deskDatabaseUrl().slice("file:".length);
  // No database, or an empty file (created by a tool, never migrated): no desk has run here.
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const { recoverOnStart } = await import("./recover");
  await recoverOnStart();
}

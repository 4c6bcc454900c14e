import fs from "node:fs";
import { deskDatabaseUrl } from "./database-url";

// Run once when the server starts (instrumentation.ts): finishes or undoes a publication a crash interrupted. A server
// without a desk database (a public site only) opens nothing and creates nothing.
export async function deskStart(): Promise<void> {
  if (!fs.existsSync(deskDatabaseUrl().slice("file:".length))) return;
  const { recoverOnStart } = await import("./recover");
  await recoverOnStart();
}

import { execFile, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { request as requests, test, type APIRequestContext } from "@playwright/test";
import { postSignIn, prepareDesk, ROOT, startServer, stopProcess } from "./desk-helpers";
import {
  api,
  caseDraft,
  caseText,
  draftRow,
  expect,
  signInAuthorAndReviewer,
  tearDownDesk,
  USERS,
} from "./desk-fixtures";

// npm run desk:backup while an editor's saves keep coming, then the desk's database and secret lost and put back
// with npm run desk:restore: drafts, users, the audit trail and signed-in sessions come back as they were at the copy.
// /api/health says when the desk database cannot be opened. Its own scratch desk and server.
const PORT = Number(process.env.DESK_E2E_PORT ?? 3151) + 43;
const BASE = `http://localhost:${PORT}`;
const run = promisify(execFile);

let desk: ReturnType<typeof prepareDesk>;
let server: ChildProcess | undefined;
let ed: APIRequestContext;
let rev: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(4 * 60_000);
  desk = prepareDesk("desk-backup-", USERS);
  server = await startServer(ROOT, PORT, desk.env);
  ({ ed, rev } = await signInAuthorAndReviewer(BASE));
});

test.afterAll(async () => {
  test.setTimeout(2 * 60_000);
  await tearDownDesk(desk?.dir, [server], [ed, rev]);
});

const npm = (script: string, ...args: string[]) =>
  run("npm", ["run", "--silent", script, "--", ...args], { cwd: ROOT, env: desk.env });
function audit(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("SELECT id, action, target FROM AuditEvent ORDER BY id").all() as Record<string, string>[];
    return rows.map((r) => `${r.id} ${r.action} ${r.target}`);
  } finally {
    db.close();
  }
}
// Signed in: the desk's home answers with the desk, not with a redirect to the sign-in page.
const signedIn = async (ctx: APIRequestContext) => {
  const r = await ctx.get(`${BASE}/en/desk`, { maxRedirects: 0 });
  return r.status();
};

test("a backup taken while saves run restores drafts, users, the audit trail and signed-in sessions", async () => {
  test.setTimeout(6 * 60_000);
  // Once the desk has started its database is readable by its owner only (prisma migrate deploy creates it 644).
  expect(fs.statSync(desk.dbFile).mode & 0o777).toBe(0o600);
  const id = await caseDraft(ed, BASE, "keepsake", "420395");
  const v0 = draftRow(desk.dbFile, id).version;
  // Each save's text names its own number, so a restored draft shows whether its text and version are one moment.
  const text = (k: number) => caseText("en", 2014, { slug: "keepsake", extra: ` Save ${k}.` });
  let saving = true;
  let saved = 0;
  const saves = (async () => {
    while (saving) {
      const k = saved + 1;
      const { version } = draftRow(desk.dbFile, id);
      await api(ed, BASE, "put", `/api/desk/drafts/${id}`, { zh: text(k), en: text(k), version });
      saved = k;
    }
  })();
  await expect.poll(() => saved, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  const auditBefore = audit(desk.dbFile);
  const savedBefore = saved;
  const copy = path.join(desk.dir, "copy.db");
  const out = await npm("desk:backup", copy);
  expect(out.stdout).toContain(`wrote ${copy}`);
  const savedDuring = saved;
  await expect.poll(() => saved, { timeout: 60_000 }).toBeGreaterThanOrEqual(savedDuring + 2);
  saving = false;
  await saves;
  expect(fs.statSync(copy).mode & 0o777).toBe(0o600);
  expect(fs.readFileSync(`${copy}.auth-secret`, "utf8")).toBe(
    fs.readFileSync(path.join(desk.dir, "auth-secret"), "utf8"),
  );

  // The health check answers for load balancers: no cookie, never cached.
  const ok = await ed.get(`${BASE}/api/health`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["cache-control"]).toBe("no-store");
  expect(ok.headers()["set-cookie"]).toBeUndefined();
  expect(await ok.json()).toEqual({
    ok: true,
    build: fs.readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim(),
    data: { ok: true },
    desk: { ok: true },
  });

  // The disk is lost: the database and the secret are gone. Health says so; the server is stopped.
  fs.rmSync(desk.dbFile);
  fs.rmSync(path.join(desk.dir, "auth-secret"));
  const down = await requests.newContext();
  const bad = await down.get(`${BASE}/api/health`);
  expect(bad.status()).toBe(503);
  expect(await bad.json()).toMatchObject({
    ok: false,
    data: { ok: true },
    desk: { ok: false, error: expect.any(String) },
  });
  await down.dispose();
  await stopProcess(server!);
  server = undefined;

  // Restored from the copy (refused while a process has the database open, so only now).
  const restored = await npm("desk:restore", copy);
  expect(restored.stdout).toContain("restored");
  server = await startServer(ROOT, PORT, desk.env);

  // Sessions signed in before the copy still work, for the author and the reviewer.
  expect(await signedIn(ed)).toBe(200);
  expect(await signedIn(rev)).toBe(200);
  // The draft as it was at one moment during the saves: its version and its text agree.
  const row = draftRow(desk.dbFile, id);
  const k = Number(/Save (\d+)\./.exec(row.en)?.[1]);
  expect(k).toBeGreaterThanOrEqual(savedBefore);
  expect(k).toBeLessThanOrEqual(savedDuring + 1);
  expect(row.zh).toBe(text(k));
  expect(row.version).toBe(v0 + k);
  // The audit trail up to the copy, in order.
  expect(audit(desk.dbFile).slice(0, auditBefore.length)).toEqual(auditBefore);
  // Every user signs in with their password.
  for (const [email, , , password] of USERS) {
    const fresh = await requests.newContext();
    expect((await postSignIn(fresh, BASE, { email, password })).status(), email).toBe(303);
    await fresh.dispose();
  }
  // And the restored desk saves on top of the restored version.
  await api(ed, BASE, "put", `/api/desk/drafts/${id}`, { zh: text(99), en: text(99), version: row.version });
});

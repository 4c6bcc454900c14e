import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test, type APIRequestContext } from "@playwright/test";
import { PAUSE_POINTS, type PausePoint } from "@/lib/desk/fault";
import { prepareDesk, ROOT, startServer, stopProcess } from "./desk-helpers";
import { api, draftRow, expect, signInAuthorAndReviewer, tearDownDesk, submittedCase, USERS } from "./desk-fixtures";

// A real `next start` is killed (SIGKILL to its process group: the server and any git it runs) while an approval
// publishes, at each point lib/desk/fault.ts can stop it. The server is started with DESK_TEST_PAUSE_AT=<point>; the
// publication writes the pause file there and waits, the test sees the file and kills. After a restart without the
// pause: the checkout is clean, the branch holds 0 or 1 new commit, the draft's status says which, and the next
// approval publishes. All of it in a scratch clone of the project with its own desk database.
const PORT = Number(process.env.DESK_E2E_PORT ?? 3151) + 40;
const BASE = `http://localhost:${PORT}`;

test.describe.configure({ mode: "serial", timeout: 5 * 60_000 });

let desk: ReturnType<typeof prepareDesk>;
let server: ChildProcess | undefined;
let ed: APIRequestContext;
let rev: APIRequestContext;
const pauseFile = () => path.join(desk.dir, "paused");
const git = (...args: string[]) => execFileSync("git", args, { cwd: desk.repo, encoding: "utf8" }).trim();
const head = () => git("rev-parse", "refs/heads/main");
const clean = () => git("status", "--porcelain", "--untracked-files=all");

async function start(extra: Record<string, string> = {}) {
  server = await startServer(ROOT, PORT, { ...desk.env, ...extra }, { detached: true });
}

async function kill() {
  const s = server!;
  const exited = new Promise((r) => s.once("exit", r));
  process.kill(-s.pid!, "SIGKILL");
  await exited;
  server = undefined;
}

test.beforeAll(async () => {
  test.setTimeout(4 * 60_000);
  desk = prepareDesk("desk-crash-", USERS);
  await start();
  ({ ed, rev } = await signInAuthorAndReviewer(BASE));
});

test.afterAll(async () => {
  test.setTimeout(2 * 60_000);
  await tearDownDesk(desk?.dir, [server], [ed, rev]);
});

// Where the branch is when the server dies at each point: the commit exists as objects only until the branch moves.
const LANDS: Record<PausePoint, boolean> = {
  "before-write": false,
  checks: false,
  "before-ref": false,
  "after-ref": true,
  sync: true,
};

let n = 0;
for (const point of PAUSE_POINTS) {
  test(`killed at "${point}", the restarted desk is clean, its draft says whether it published, and the next approval publishes`, async () => {
    n++;
    const slug = `crash-${n}`;
    const id = await submittedCase(ed, BASE, desk.dbFile, slug, `42039${n}`);
    // The server that will stop at this point (the one running now has no pause set).
    await stopProcess(server!);
    fs.rmSync(pauseFile(), { force: true });
    await start({ DESK_TEST_PAUSE_AT: point, DESK_TEST_PAUSE_FILE: pauseFile() });
    const before = head();
    const approval = rev
      .post(`${BASE}/api/desk/drafts/${id}/approve`, {
        headers: { Origin: BASE },
        data: { version: draftRow(desk.dbFile, id).version },
      })
      .then(
        (r) => r.status(),
        () => "no answer",
      );
    await expect.poll(() => fs.existsSync(pauseFile()), { timeout: 60_000 }).toBe(true);
    expect(JSON.parse(fs.readFileSync(pauseFile(), "utf8"))).toMatchObject({ point });
    await kill();
    expect(await approval).toBe("no answer");

    // What the crash left: the draft "publishing"; after the branch moved, a checkout that has not followed it.
    expect(draftRow(desk.dbFile, id).status).toBe("publishing");
    expect(head() !== before).toBe(LANDS[point]);
    if (LANDS[point]) expect(clean()).not.toBe("");

    await start();
    // Recovery ran before the server answered.
    expect(clean()).toBe("");
    const added = Number(git("rev-list", "--count", `${before}..refs/heads/main`));
    expect(added).toBe(LANDS[point] ? 1 : 0);
    const row = draftRow(desk.dbFile, id);
    if (added) {
      expect(row.status).toBe("published");
      expect(git("log", "-1", "--format=%B", "refs/heads/main")).toContain(`Desk-Draft: ${id}\n`);
      expect(fs.existsSync(path.join(desk.repo, `content/cases/${slug}/en.mdx`))).toBe(true);
    } else {
      expect(row.status).toBe("submitted");
      expect(fs.existsSync(path.join(desk.repo, `content/cases/${slug}`))).toBe(false);
    }
    const leftovers = path.join(desk.repo, ".git/desk");
    expect(fs.existsSync(leftovers) ? fs.readdirSync(leftovers) : []).toEqual([]);

    // The next approval publishes: the same draft again if nothing landed, otherwise a new one.
    const next = added ? await submittedCase(ed, BASE, desk.dbFile, `${slug}-next`, `42038${n}`) : id;
    const at = head();
    const r = await api<{ ok: boolean; commit: string }>(rev, BASE, "post", `/api/desk/drafts/${next}/approve`, {
      version: draftRow(desk.dbFile, next).version,
    });
    expect(r.ok).toBe(true);
    expect(git("rev-list", "--count", `${at}..refs/heads/main`)).toBe("1");
    expect(head()).toBe(r.commit);
    expect(draftRow(desk.dbFile, next).status).toBe("published");
    expect(clean()).toBe("");
  });
}

import { execFileSync, type ChildProcess } from "node:child_process";
import { test, type APIRequestContext } from "@playwright/test";
import { prepareDesk, ROOT, startServer } from "./desk-helpers";
import { draftRow, expect, signInAuthorAndReviewer, tearDownDesk, submittedCase, USERS } from "./desk-fixtures";

// Two server processes on one checkout and one desk database (two workers of one desk). Each round a reviewer
// approves two drafts at the same moment, one on each server: every approval publishes or is refused as busy (409,
// "busy"), never refused for the other draft's files, and the checkout is clean after each round.
const PORT_A = Number(process.env.DESK_E2E_PORT ?? 3151) + 41;
const PORT_B = PORT_A + 1;
const A = `http://localhost:${PORT_A}`;
const B = `http://localhost:${PORT_B}`;
const ROUNDS = 10;

let desk: ReturnType<typeof prepareDesk>;
const servers: ChildProcess[] = [];
let ed: APIRequestContext;
let rev: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(4 * 60_000);
  desk = prepareDesk("desk-concurrent-", USERS);
  servers.push(await startServer(ROOT, PORT_A, desk.env), await startServer(ROOT, PORT_B, desk.env));
  ({ ed, rev } = await signInAuthorAndReviewer(A));
});

test.afterAll(async () => {
  test.setTimeout(2 * 60_000);
  await tearDownDesk(desk?.dir, servers, [ed, rev]);
});

test(`two servers approve two drafts at the same moment, ${ROUNDS} times: each publishes or is refused as busy`, async () => {
  test.setTimeout(15 * 60_000);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: desk.repo, encoding: "utf8" }).trim();
  const tally = { published: 0, busy: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    const drafts = [
      await submittedCase(ed, A, desk.dbFile, `pair-${round}-a`, String(420300 + round * 2)),
      await submittedCase(ed, A, desk.dbFile, `pair-${round}-b`, String(420301 + round * 2)),
    ];
    const before = git("rev-parse", "HEAD");
    const answers = await Promise.all(
      drafts.map(async (id, i) => {
        const base = i === 0 ? A : B;
        const r = await rev.post(`${base}/api/desk/drafts/${id}/approve`, {
          headers: { Origin: base },
          data: { version: draftRow(desk.dbFile, id).version },
        });
        return { id, status: r.status(), body: (await r.json()) as { ok?: boolean; error?: string; message?: string } };
      }),
    );
    for (const a of answers) {
      const what = `round ${round}, draft ${a.id}: ${a.status} ${JSON.stringify(a.body)}`;
      if (a.status === 200) {
        expect(a.body.ok, what).toBe(true);
        expect(draftRow(desk.dbFile, a.id).status, what).toBe("published");
        tally.published++;
      } else {
        expect([a.status, a.body.error], what).toEqual([409, "busy"]);
        expect(a.body.message, what).toMatch(/try again/);
        expect(draftRow(desk.dbFile, a.id).status, what).toBe("submitted");
        tally.busy++;
      }
    }
    const published = answers.filter((a) => a.status === 200).length;
    expect(published, `round ${round}: at least one of two approvals publishes`).toBeGreaterThan(0);
    expect(git("rev-list", "--count", `${before}..HEAD`)).toBe(String(published));
    expect(git("status", "--porcelain", "--untracked-files=all")).toBe("");
  }
  test.info().annotations.push({ type: "tally", description: JSON.stringify(tally) });
  console.log(`desk-concurrent: ${JSON.stringify(tally)} over ${ROUNDS} rounds`);
});

import fs from "node:fs";

// Fault injection for the crash tests (tests/e2e/desk-crash.spec.ts): inert unless DESK_TEST_PAUSE_AT names a point
// in the server's environment when it starts; no request can turn it on or choose the point. At that point the
// publication writes DESK_TEST_PAUSE_FILE (what the test waits for) and then waits forever, so the test can kill the
// server exactly there.
export const PAUSE_POINTS = [
  // The lock is held and the draft is "publishing"; nothing has been written yet.
  "before-write",
  // The commit exists as objects only; its tree is laid out in a scratch folder and being checked.
  "checks",
  // Checked; the journal names the commit; the branch has not moved.
  "before-ref",
  // The branch has moved; the checkout still shows the old commit.
  "after-ref",
  // Half the checkout brought up to the commit: some of the draft's files written, the index not yet.
  "sync",
] as const;
export type PausePoint = (typeof PAUSE_POINTS)[number];

// Read once, when this module loads in the server.
const PAUSE_AT = process.env.DESK_TEST_PAUSE_AT ?? "";
const PAUSE_FILE = process.env.DESK_TEST_PAUSE_FILE ?? "";

if (PAUSE_AT) {
  if (!(PAUSE_POINTS as readonly string[]).includes(PAUSE_AT) || !PAUSE_FILE)
    throw new Error(
      `DESK_TEST_PAUSE_AT must be one of ${PAUSE_POINTS.join(", ")} and DESK_TEST_PAUSE_FILE a file to write, got "${PAUSE_AT}" and "${PAUSE_FILE}"`,
    );
  console.warn(
    `⚠ DESK_TEST_PAUSE_AT=${PAUSE_AT}: publishing will stop there for good (a crash test). Never in production.`,
  );
}

export async function pauseAt(point: PausePoint): Promise<void> {
  if (PAUSE_AT !== point) return;
  fs.writeFileSync(PAUSE_FILE, JSON.stringify({ point, pid: process.pid }));
  await new Promise<never>(() => {});
}

import "server-only";
import { deskDb } from "./db";

export const MAX_FAILURES = 10;
export const LOCK_MINUTES = 15;

// When the account behind this email is locked, the time it opens again.
export async function lockedUntil(email: string): Promise<Date | null> {
  const t = await deskDb.signInThrottle.findUnique({ where: { email } });
  return t?.lockedUntil && t.lockedUntil > new Date() ? t.lockedUntil : null;
}

// Counts one failure; the tenth in a row locks the account for LOCK_MINUTES (it counts for unknown emails too, so both look alike).
export async function recordFailure(email: string): Promise<{ failures: number; locked: boolean }> {
  const t = await deskDb.signInThrottle.upsert({
    where: { email },
    create: { email, failures: 1 },
    update: { failures: { increment: 1 } },
  });
  if (t.failures < MAX_FAILURES) return { failures: t.failures, locked: false };
  await deskDb.signInThrottle.update({
    where: { email },
    data: { failures: 0, lockedUntil: new Date(Date.now() + LOCK_MINUTES * 60_000) },
  });
  return { failures: t.failures, locked: true };
}

export async function recordSuccess(email: string): Promise<void> {
  await deskDb.signInThrottle.deleteMany({ where: { email } });
}

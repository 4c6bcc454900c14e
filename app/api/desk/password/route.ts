import { audit } from "@/lib/desk/audit";
import { auth } from "@/lib/desk/auth";
import { deskDb } from "@/lib/desk/db";
import { DeskRefusal } from "@/lib/desk/refusal";
import { mutation } from "@/lib/desk/handler";
import { LOCK_MINUTES, lockedUntil, recordFailure, recordSuccess } from "@/lib/desk/throttle";
import { passwordChangeInput } from "@/lib/schemas/desk";

// The password change has its own throttle key: a stolen session cannot guess the current password any faster than sign-in can.
const throttleKey = (email: string) => `password-change:${email}`;

// Changes the signed-in user's own password (better-auth checks the current one and hashes the new one),
// then ends the user's other sessions: whoever else held one must sign in with the new password.
export const POST = mutation(undefined, passwordChangeInput, async ({ user, body, req }) => {
  const key = throttleKey(user.email);
  if (await lockedUntil(key)) {
    await audit(user, "user.password.refused", user.email, "locked");
    throw new DeskRefusal(429, "locked", "refuseTooManyTries", { minutes: LOCK_MINUTES });
  }
  try {
    // better-auth's own revokeOtherSessions would also replace this session's cookie, which a JSON answer does not pass on.
    await auth.api.changePassword({ body: { ...body, revokeOtherSessions: false }, headers: req.headers });
  } catch {
    const { failures, locked } = await recordFailure(key);
    await audit(user, "user.password.failed", user.email, `failure ${failures}${locked ? ": locked" : ""}`);
    if (locked) throw new DeskRefusal(429, "locked", "refuseTooManyTries", { minutes: LOCK_MINUTES });
    throw new DeskRefusal(400, "password", "refusePassword");
  }
  await recordSuccess(key);
  const current = await auth.api.getSession({ headers: req.headers });
  const { count } = await deskDb.session.deleteMany({
    where: { userId: user.id, ...(current ? { token: { not: current.session.token } } : {}) },
  });
  await audit(user, "user.password", user.email, `${count} other session(s) ended`);
});

import { z } from "zod";
import { audit } from "@/lib/desk/audit";
import { auth } from "@/lib/desk/auth";
import { DeskRefusal } from "@/lib/desk/refusal";
import { mutation } from "@/lib/desk/handler";
import { ISSUE_TEXT } from "@/lib/dataset/issues";
import { newUserInput } from "@/lib/desk/users";

// Changes the signed-in user's own password (better-auth checks the current one and hashes the new one).
export const POST = mutation(undefined, z.object({ currentPassword: z.string().min(1, ISSUE_TEXT.notEmpty), newPassword: newUserInput.shape.password }), async ({ user, body, req }) => {
  try {
    await auth.api.changePassword({ body: { ...body, revokeOtherSessions: false }, headers: req.headers });
  } catch {
    await audit(user, "user.password.failed", user.email);
    throw new DeskRefusal(400, "password", "refusePassword");
  }
  await audit(user, "user.password", user.email);
});

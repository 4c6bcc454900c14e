import { z } from "zod";
import { DeskRefusal } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { ROLES } from "@/lib/desk/roles";
import { createUser, newUserInput, setRole } from "@/lib/desk/users";
import { issueMessage } from "@/lib/dataset/issues";

// Admins invite users (with a first password they pass on) and change roles.
export const POST = mutation(["admin"], newUserInput, async ({ user, body }) => {
  try {
    return await createUser(body, user);
  } catch (e) {
    throw new DeskRefusal(409, "exists", (e as Error).message);
  }
});

export const PATCH = mutation(["admin"], z.object({ email: z.email(), role: z.enum(ROLES), disabled: z.boolean().default(false) }), async ({ user, body }) => {
  if (body.email === user.email && (body.role !== "admin" || body.disabled)) throw new DeskRefusal(409, "self", issueMessage("refuseSelf"));
  await setRole(body.email, body.role, body.disabled, user);
});

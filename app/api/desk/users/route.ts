import { z } from "zod";
import { DeskRefusal } from "@/lib/desk/refusal";
import { mutation } from "@/lib/desk/handler";
import { ROLES } from "@/lib/desk/roles";
import { setRole } from "@/lib/desk/users";
import { atMost, EMAIL_MAX } from "@/lib/schemas/limits";

// Admins change roles and disable accounts; new people come by invitation (../invites) or npm run desk:user.
export const PATCH = mutation(["admin"], z.object({ email: z.email().max(EMAIL_MAX, atMost(EMAIL_MAX)), role: z.enum(ROLES), disabled: z.boolean().default(false) }), async ({ user, body }) => {
  if (body.email === user.email && (body.role !== "admin" || body.disabled)) throw new DeskRefusal(409, "self", "refuseSelf");
  await setRole(body.email, body.role, body.disabled, user);
});

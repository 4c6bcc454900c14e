import { DeskRefusal } from "@/lib/desk/refusal";
import { mutation } from "@/lib/desk/handler";
import { setRole } from "@/lib/desk/users";
import { setRoleInput } from "@/lib/schemas/desk";

// Admins change roles and disable accounts; new people come by invitation (../invites) or npm run desk:user.
export const PATCH = mutation(["admin"], setRoleInput, async ({ user, body }) => {
  if (body.email === user.email && (body.role !== "admin" || body.disabled))
    throw new DeskRefusal(409, "self", "refuseSelf");
  await setRole(body.email, body.role, body.disabled, user);
});

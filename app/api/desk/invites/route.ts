import { DeskRefusal } from "@/lib/desk/refusal";
import { mutation } from "@/lib/desk/handler";
import { createInvite, revokeInvite } from "@/lib/desk/invites";
import { createInviteInput, revokeInviteInput } from "@/lib/schemas/desk";

// Admins invite people by a one-time link (the desk sends no email: the admin passes the link on) and revoke open invitations.
export const POST = mutation(["admin"], createInviteInput, async ({ user, body }) => {
  const { token, expiresAt } = await createInvite(body, user);
  return { path: `/${body.locale}/desk/invite/${token}`, expiresAt };
});

export const DELETE = mutation(["admin"], revokeInviteInput, async ({ user, body }) => {
  if (!(await revokeInvite(body.id, user))) throw new DeskRefusal(404, "not-found", "refuseNoInvite");
});

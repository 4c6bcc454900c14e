import { z } from "zod";
import { DeskRefusal } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { createInvite, inviteInput, revokeInvite } from "@/lib/desk/invites";
import { issueMessage } from "@/lib/dataset/issues";

// Admins invite people by a one-time link (the desk sends no email: the admin passes the link on) and revoke open invitations.
export const POST = mutation(["admin"], inviteInput.extend({ locale: z.enum(["zh", "en"]).default("zh") }), async ({ user, body }) => {
  try {
    const { token, expiresAt } = await createInvite(body, user);
    return { path: `/${body.locale}/desk/invite/${token}`, expiresAt };
  } catch (e) {
    throw new DeskRefusal(409, "exists", (e as Error).message);
  }
});

export const DELETE = mutation(["admin"], z.object({ id: z.number().int().positive() }), async ({ user, body }) => {
  if (!(await revokeInvite(body.id, user))) throw new DeskRefusal(404, "not-found", issueMessage("refuseNoInvite"));
});

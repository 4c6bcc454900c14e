import { approveDraft } from "@/lib/desk/drafts";
import { DeskRefusal } from "@/lib/desk/refusal";
import { mutation } from "@/lib/desk/handler";
import { approveInput } from "@/lib/schemas/desk";

// Body: { version } as the review page showed it; 409 (nothing published) when the draft changed since.
// 200 with the commit when published; 422 with every problem when content:check or db:build refused (the tree is left as it was).
export const POST = mutation(["reviewer", "admin"], approveInput, async ({ user, id, body }) => {
  const r = await approveDraft(user, id, body.version);
  if (!r.ok) throw new DeskRefusal(422, "publish", "refusePublish", { reason: r.reason }, { issues: r.issues });
  return r;
});

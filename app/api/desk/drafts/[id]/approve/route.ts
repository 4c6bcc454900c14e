import { z } from "zod";
import { approveDraft } from "@/lib/desk/drafts";
import { DeskRefusal } from "@/lib/desk/refusal";
import { mutation } from "@/lib/desk/handler";

// 200 with the commit when published; 422 with every problem when content:check or db:build refused (the tree is left as it was).
export const POST = mutation(["reviewer", "admin"], z.object({}), async ({ user, id }) => {
  const r = await approveDraft(user, id);
  if (!r.ok) throw new DeskRefusal(422, "publish", "refusePublish", { reason: r.reason }, { issues: r.issues });
  return r;
});

import { requestChanges } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { commentInput } from "@/lib/schemas/desk";

export const POST = mutation(["reviewer", "admin"], commentInput, ({ user, id, body }) =>
  requestChanges(user, id, body.body),
);

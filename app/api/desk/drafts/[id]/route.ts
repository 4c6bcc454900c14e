import { saveDraft } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { saveInput } from "@/lib/schemas/desk";

export const PUT = mutation(undefined, saveInput, ({ user, id, body }) => saveDraft(user, id, body));

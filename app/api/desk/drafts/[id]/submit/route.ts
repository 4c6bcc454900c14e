import { submitDraft } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { submitInput } from "@/lib/schemas/desk";

export const POST = mutation(undefined, submitInput, ({ user, id }) => submitDraft(user, id));

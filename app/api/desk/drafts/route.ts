import { createDraft } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { newCaseInput } from "@/lib/schemas/desk";

export const POST = mutation(undefined, newCaseInput, ({ user, body }) => createDraft(user, body));

import { createDraft } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { newDraftInput } from "@/lib/schemas/desk";

// A new case draft, or (kind "data") a data change on its own.
export const POST = mutation(undefined, newDraftInput, ({ user, body }) => createDraft(user, body));

import { addComment } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { commentInput } from "@/lib/schemas/desk";

export const POST = mutation(undefined, commentInput, ({ user, id, body }) => addComment(user, id, body.body));

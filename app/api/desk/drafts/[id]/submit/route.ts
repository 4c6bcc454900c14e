import { z } from "zod";
import { submitDraft } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";

export const POST = mutation(undefined, z.object({}), ({ user, id }) => submitDraft(user, id));

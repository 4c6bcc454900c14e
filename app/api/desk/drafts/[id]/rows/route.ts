import { z } from "zod";
import { addRows, removeRow } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { DATA_KINDS, inputRows } from "@/lib/schemas/desk";

const kind = z.enum(DATA_KINDS);
export const POST = mutation(undefined, z.object({ kind, rows: inputRows }), ({ user, id, body }) => addRows(user, id, body.kind, body.rows));
export const DELETE = mutation(undefined, z.object({ kind, index: z.number().int().min(0) }), ({ user, id, body }) => removeRow(user, id, body.kind, body.index));

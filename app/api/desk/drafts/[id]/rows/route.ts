import { addRows, removeRow } from "@/lib/desk/drafts";
import { mutation } from "@/lib/desk/handler";
import { addRowsInput, removeRowInput } from "@/lib/schemas/desk";

export const POST = mutation(undefined, addRowsInput, ({ user, id, body }) => addRows(user, id, body.kind, body.rows));
export const DELETE = mutation(undefined, removeRowInput, ({ user, id, body }) =>
  removeRow(user, id, body.kind, body.index),
);

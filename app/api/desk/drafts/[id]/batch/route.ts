import { importBatch } from "@/lib/desk/batch";
import { mutation } from "@/lib/desk/handler";
import { batchInput } from "@/lib/schemas/desk";

export const POST = mutation(undefined, batchInput, ({ user, id, body }) =>
  importBatch(user, id, body.csv, body.apply),
);

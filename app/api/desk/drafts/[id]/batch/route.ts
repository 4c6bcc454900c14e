import { z } from "zod";
import { importBatch } from "@/lib/desk/batch";
import { mutation } from "@/lib/desk/handler";
import { atMost, CSV_BATCH_MAX } from "@/lib/schemas/limits";

export const POST = mutation(undefined, z.object({ csv: z.string().min(1, "choose a CSV file").max(CSV_BATCH_MAX, atMost(CSV_BATCH_MAX)), apply: z.boolean().default(false) }), ({ user, id, body }) =>
  importBatch(user, id, body.csv, body.apply),
);

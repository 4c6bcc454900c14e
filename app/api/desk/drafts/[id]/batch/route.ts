import { z } from "zod";
import { importBatch } from "@/lib/desk/batch";
import { mutation } from "@/lib/desk/handler";

export const POST = mutation(undefined, z.object({ csv: z.string().min(1, "choose a CSV file").max(2_000_000), apply: z.boolean().default(false) }), ({ user, id, body }) =>
  importBatch(user, id, body.csv, body.apply),
);

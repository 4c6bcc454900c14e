import { deskDb } from "./db";

export type Actor = { id: string | null; email: string };

// Appends one line to the audit trail; the table's triggers refuse any change afterwards.
export async function audit(actor: Actor, action: string, target?: string, detail?: string): Promise<void> {
  await deskDb.auditEvent.create({
    data: { actorId: actor.id, actorEmail: actor.email, action, target: target ?? null, detail: detail ?? null },
  });
}

export async function readAudit(limit = 500) {
  return deskDb.auditEvent.findMany({ orderBy: { id: "desc" }, take: limit });
}

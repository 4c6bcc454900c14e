import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { audit, type Actor } from "./audit";
import { deskDb } from "./db";
import { DeskRefusal } from "./refusal";
import { ROLES } from "../schemas/desk";
import { createUser } from "./users";
import { type InviteInput, PASSWORD_MAX, PASSWORD_MIN } from "../schemas/desk";

export const INVITE_DAYS = 7;

// Only the hash is stored: a copy of the database does not hand out working links.
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

// A new one-time link for this person; an earlier open invitation to the same address stops working.
export async function createInvite(
  input: InviteInput,
  by: Actor & { id: string },
): Promise<{ token: string; expiresAt: Date }> {
  if (await deskDb.user.findUnique({ where: { email: input.email } }))
    throw new DeskRefusal(409, "exists", "refuseUserExists", { email: input.email });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
  await deskDb.$transaction([
    deskDb.invite.updateMany({
      where: { email: input.email, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    }),
    deskDb.invite.create({
      data: {
        tokenHash: hashOf(token),
        email: input.email,
        name: input.name,
        role: input.role,
        createdById: by.id,
        expiresAt,
      },
    }),
  ]);
  await audit(by, "user.invite", input.email, `role ${input.role}, valid until ${expiresAt.toISOString()}`);
  return { token, expiresAt };
}

export async function listOpenInvites() {
  return deskDb.invite.findMany({
    where: { usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, name: true, role: true, expiresAt: true },
  });
}

export async function revokeInvite(id: number, by: Actor): Promise<boolean> {
  const { count } = await deskDb.invite.updateMany({
    where: { id, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count) await audit(by, "user.invite.revoke", `invite ${id}`);
  return count > 0;
}

// The invitation behind a link, while it can still be used.
export async function openInvite(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invite = await deskDb.invite.findUnique({ where: { tokenHash: hashOf(token) } });
  return invite && !invite.usedAt && !invite.revokedAt && invite.expiresAt > new Date() ? invite : null;
}

export type AcceptResult =
  { ok: true; email: string } | { ok: false; reason: "invalid" | "short" | "mismatch" | "exists" };

// The invitee chooses their password; the link is spent first, so two submissions cannot make two accounts.
export async function acceptInvite(token: string, password: string, confirm: string): Promise<AcceptResult> {
  const invite = await openInvite(token);
  if (!invite) return { ok: false, reason: "invalid" };
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return { ok: false, reason: "short" };
  if (password !== confirm) return { ok: false, reason: "mismatch" };
  const { count } = await deskDb.invite.updateMany({
    where: { id: invite.id, usedAt: null, revokedAt: null },
    data: { usedAt: new Date() },
  });
  if (count === 0) return { ok: false, reason: "invalid" };
  try {
    await createUser(
      { email: invite.email, name: invite.name, role: invite.role as (typeof ROLES)[number], password },
      { id: null, email: invite.email },
    );
  } catch {
    return { ok: false, reason: "exists" };
  }
  await audit({ id: null, email: invite.email }, "user.invite.accept", invite.email, `invite ${invite.id}`);
  return { ok: true, email: invite.email };
}

import "server-only";
import { auth } from "./auth";
import { deskDb } from "./db";
import type { Role } from "../schemas/desk";

export type DeskUser = { id: string; email: string; name: string; role: Role };

// The signed-in desk user for these request headers, or null (no cookie, expired, or disabled).
export async function currentUser(headers: Headers): Promise<DeskUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = await deskDb.user.findUnique({ where: { id: session.user.id } });
  if (!u || u.disabled) return null;
  return { id: u.id, email: u.email, name: u.name, role: u.role as Role };
}

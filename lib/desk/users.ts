import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { deskDb } from "./db";
import type { Role } from "../schemas/desk";
import type { NewUser } from "../schemas/desk";
import { audit } from "./audit";
import { DeskRefusal } from "./refusal";

// Creates a user with a credential account (better-auth's hash); refuses an email that is taken.
export async function createUser(input: NewUser, by: { id: string | null; email: string }): Promise<{ id: string }> {
  if (await deskDb.user.findUnique({ where: { email: input.email } }))
    throw new DeskRefusal(409, "exists", "refuseUserExists", { email: input.email });
  const id = randomUUID();
  const password = await hashPassword(input.password);
  await deskDb.$transaction([
    deskDb.user.create({ data: { id, email: input.email, name: input.name, role: input.role } }),
    deskDb.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password },
    }),
  ]);
  await audit(by, "user.create", input.email, `role ${input.role}`);
  return { id };
}

export async function setRole(
  email: string,
  role: Role,
  disabled: boolean,
  by: { id: string | null; email: string },
): Promise<void> {
  const user = await deskDb.user.findUnique({ where: { email } });
  if (!user) throw new DeskRefusal(404, "not-found", "refuseNoUser", { email });
  await deskDb.user.update({ where: { email }, data: { role, disabled } });
  // A disabled user's sessions end at once.
  if (disabled) await deskDb.session.deleteMany({ where: { userId: user.id } });
  await audit(by, "user.change", email, `role ${role}${disabled ? ", disabled" : ""}`);
}

export async function listUsers() {
  return deskDb.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
  });
}

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ISSUE_TEXT as M, issueMessage } from "../problems/issues";
import { hashPassword } from "better-auth/crypto";
import { deskDb } from "./db";
import { ROLES, type Role } from "./roles";
import { atMost, EMAIL_MAX, NAME_MAX } from "../schemas/limits";
import { audit } from "./audit";
import { DeskRefusal } from "./refusal";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const newUserInput = z.object({
  email: z.email({ error: M.expectedEmail }).max(EMAIL_MAX, atMost(EMAIL_MAX)).transform((s) => s.toLowerCase()),
  name: z.string().trim().min(1, M.notEmpty).max(NAME_MAX, atMost(NAME_MAX)),
  role: z.enum(ROLES, { error: issueMessage("levelOneOf", { levels: ROLES.join(", ") }) }),
  password: z.string().min(PASSWORD_MIN, issueMessage("atLeastChars", { min: PASSWORD_MIN })).max(PASSWORD_MAX, issueMessage("atMostChars", { max: PASSWORD_MAX })),
});
export type NewUser = z.infer<typeof newUserInput>;

// Creates a user with a credential account (better-auth's hash); refuses an email that is taken.
export async function createUser(input: NewUser, by: { id: string | null; email: string }): Promise<{ id: string }> {
  if (await deskDb.user.findUnique({ where: { email: input.email } })) throw new DeskRefusal(409, "exists", "refuseUserExists", { email: input.email });
  const id = randomUUID();
  const password = await hashPassword(input.password);
  await deskDb.$transaction([
    deskDb.user.create({ data: { id, email: input.email, name: input.name, role: input.role } }),
    deskDb.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password } }),
  ]);
  await audit(by, "user.create", input.email, `role ${input.role}`);
  return { id };
}

export async function setRole(email: string, role: Role, disabled: boolean, by: { id: string | null; email: string }): Promise<void> {
  const user = await deskDb.user.findUnique({ where: { email } });
  if (!user) throw new DeskRefusal(404, "not-found", "refuseNoUser", { email });
  await deskDb.user.update({ where: { email }, data: { role, disabled } });
  // A disabled user's sessions end at once.
  if (disabled) await deskDb.session.deleteMany({ where: { userId: user.id } });
  await audit(by, "user.change", email, `role ${role}${disabled ? ", disabled" : ""}`);
}

export async function listUsers() {
  return deskDb.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } });
}

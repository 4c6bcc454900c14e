import { betterAuth } from "better-auth";
import { SECURE_COOKIES } from "./secure-cookies";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { deskDb } from "./db";
import { deskSecret } from "./secret";
import { PASSWORD_MAX, PASSWORD_MIN } from "../schemas/desk";

export const SESSION_HOURS = 8;

// better-auth does the password hashing and the sessions; there is no sign-up: users come from desk:user or an admin.
export const auth = betterAuth({
  appName: "desk",
  secret: deskSecret(),
  database: prismaAdapter(deskDb, { provider: "sqlite" }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
  },
  user: { additionalFields: { role: { type: "string", required: false, defaultValue: "editor", input: false } } },
  // A session ends on the server SESSION_HOURS after sign-in: never extended by use (sign-in asks rememberMe, else better-auth stores 24 h).
  session: { expiresIn: SESSION_HOURS * 3600, disableSessionRefresh: true },
  advanced: {
    cookiePrefix: "desk",
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    useSecureCookies: SECURE_COOKIES,
  },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  // The desk calls better-auth from its own routes, so the base URL comes from each request; only errors are worth a log line.
  logger: { level: "error" },
});

// A hash of a random password, made once by better-auth's own hasher: an unknown or disabled address is checked
// against it, so a wrong password costs the same work whether or not the account exists.
let dummyHash: Promise<string> | undefined;
export async function checkPassword(password: string, hash: string | null): Promise<boolean> {
  const ctx = await auth.$context;
  dummyHash ??= ctx.password.hash(crypto.randomUUID());
  const ok = await ctx.password.verify({ hash: hash ?? (await dummyHash), password }).catch(() => false);
  return hash !== null && ok;
}

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { deskDb } from "./db";
import { deskSecret } from "./secret";
import { PASSWORD_MAX, PASSWORD_MIN } from "./users";

export const SESSION_HOURS = 8;

// better-auth does the password hashing and the sessions; there is no sign-up: users come from desk:user or an admin.
export const auth = betterAuth({
  appName: "desk",
  secret: deskSecret(),
  database: prismaAdapter(deskDb, { provider: "sqlite" }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX },
  user: { additionalFields: { role: { type: "string", required: false, defaultValue: "editor", input: false } } },
  session: { expiresIn: SESSION_HOURS * 3600, updateAge: 3600 },
  advanced: {
    cookiePrefix: "desk",
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    // Secure cookies when the site is served over HTTPS (SITE_URL), or as DESK_SECURE_COOKIES says.
    useSecureCookies: process.env.DESK_SECURE_COOKIES ? process.env.DESK_SECURE_COOKIES === "1" : (process.env.SITE_URL ?? "").startsWith("https:"),
  },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  // The desk calls better-auth from its own routes, so the base URL comes from each request; only errors are worth a log line.
  logger: { level: "error" },
});

import "server-only";
import { deskLocale } from "./localize";
import { deskError } from "./respond";
import type { Role } from "../schemas/desk";
import { currentUser, type DeskUser } from "./session";

// A mutation must come from a page of this site: the browser's Origin names the same host the request was sent to.
export function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  const host = req.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

// Every desk mutation: same origin (else 403), a session (else 401), one of the roles (else 403).
export async function guard(req: Request, roles?: readonly Role[]): Promise<DeskUser | Response> {
  const locale = deskLocale(req);
  if (!sameOrigin(req)) return deskError(403, "origin", "refuseOrigin", {}, {}, locale);
  const user = await currentUser(req.headers);
  if (!user) return deskError(401, "session", "refuseSession", {}, {}, locale);
  if (roles && !roles.includes(user.role)) return deskError(403, "role", "refuseRole", { role: user.role }, {}, locale);
  return user;
}

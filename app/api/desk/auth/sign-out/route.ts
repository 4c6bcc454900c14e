import { readDeskForm } from "@/lib/desk/body";
import { auth } from "@/lib/desk/auth";
import { audit } from "@/lib/desk/audit";
import { sameOrigin } from "@/lib/desk/guard";
import { PRIVATE } from "@/lib/desk/respond";
import { currentUser } from "@/lib/desk/session";
import { formObject, signOutForm } from "@/lib/schemas/desk";

// Ends the session (better-auth deletes it and clears the cookie) and goes back to the sign-in form.
export async function POST(req: Request) {
  if (!sameOrigin(req))
    return new Response("requests must come from this site's own pages", { status: 403, headers: PRIVATE });
  const form = await readDeskForm(req);
  if (form instanceof Response) return form;
  const { locale } = signOutForm.parse(formObject(form));
  const user = await currentUser(req.headers);
  const res = await auth.api.signOut({ headers: req.headers, asResponse: true }).catch(() => undefined);
  if (user) await audit(user, "sign-out", user.email);
  const out = new Response(null, {
    status: 303,
    headers: { ...PRIVATE, Location: `/${locale}/desk/sign-in?signedOut=1` },
  });
  for (const c of res?.headers.getSetCookie() ?? []) out.headers.append("Set-Cookie", c);
  return out;
}

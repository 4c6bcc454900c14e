import { readDeskForm } from "@/lib/desk/body";
import { auth, verifyAgainstDummy } from "@/lib/desk/auth";
import { audit } from "@/lib/desk/audit";
import { deskDb } from "@/lib/desk/db";
import { sameOrigin } from "@/lib/desk/guard";
import { PRIVATE } from "@/lib/desk/respond";
import { lockedUntil, recordFailure, recordSuccess } from "@/lib/desk/throttle";
import { forgetEmail, rememberEmail } from "@/lib/desk/sign-in-email";
import { formObject, signInForm } from "@/lib/schemas/desk";

// The sign-in form posts here (it works without JavaScript): a 303 back to the desk, or to the form with the reason.
export async function POST(req: Request) {
  const form = await readDeskForm(req);
  if (form instanceof Response) return form;
  const { locale, email, password } = signInForm.parse(formObject(form));
  const back = (query: string, headers: HeadersInit = {}) => {
    const h = new Headers({ ...PRIVATE, ...(headers as Record<string, string>) });
    h.set("Location", `/${locale}/desk${query}`);
    return new Response(null, { status: 303, headers: h });
  };
  if (!sameOrigin(req))
    return new Response("requests must come from this site's own pages", { status: 403, headers: PRIVATE });
  if (!email || !password)
    return back("/sign-in?error=missing", email ? { "Set-Cookie": rememberEmail(locale, email) } : {});
  const who = { id: null, email };

  const until = await lockedUntil(email);
  if (until) {
    await audit(who, "sign-in.refused", email, `locked until ${until.toISOString()}`);
    return back("/sign-in?error=locked");
  }
  const user = await deskDb.user.findUnique({ where: { email } });
  let res: Response | undefined;
  // rememberMe: the session (and its cookie) lasts SESSION_HOURS; without it better-auth stores a day.
  // An unknown address takes the same call: better-auth looks it up and hashes the password all the same, so the
  // answer's delay does not say whether the account exists.
  if (!user || !user.disabled)
    res = await auth.api
      .signInEmail({ body: { email, password, rememberMe: true }, headers: req.headers, asResponse: true })
      .catch(() => undefined);
  // A disabled account is never signed in; it spends a hash's time too.
  else await verifyAgainstDummy(password);
  if (!res?.ok || !user) {
    const { failures, locked } = await recordFailure(email);
    await audit(who, "sign-in.failed", email, `failure ${failures}${locked ? ": account locked" : ""}`);
    return back(
      `/sign-in?error=${locked ? "locked" : "invalid"}`,
      locked ? {} : { "Set-Cookie": rememberEmail(locale, email) },
    );
  }
  await recordSuccess(email);
  await audit({ id: user.id, email }, "sign-in", email);
  const out = back("");
  out.headers.append("Set-Cookie", forgetEmail(locale));
  for (const c of res.headers.getSetCookie()) out.headers.append("Set-Cookie", c);
  return out;
}

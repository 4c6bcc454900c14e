import { readDeskForm } from "@/lib/desk/body";
import { auth, checkPassword } from "@/lib/desk/auth";
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
  // Every address takes the same steps to a wrong answer: two lookups and one password hash (the account's, or a
  // dummy for an unknown or disabled address), so the answer's delay does not say whether the account exists.
  const user = await deskDb.user.findUnique({ where: { email } });
  const account = await deskDb.account.findFirst({ where: { userId: user?.id ?? "", providerId: "credential" } });
  const usable = user && !user.disabled ? (account?.password ?? null) : null;
  let res: Response | undefined;
  // Only a right password reaches better-auth, which makes the session (rememberMe: it and its cookie last
  // SESSION_HOURS; without it better-auth stores a day).
  if (await checkPassword(password, usable))
    res = await auth.api
      .signInEmail({ body: { email, password, rememberMe: true }, headers: req.headers, asResponse: true })
      .catch(() => undefined);
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

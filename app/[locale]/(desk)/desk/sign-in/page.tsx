import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { currentUser } from "@/lib/desk/session";
import { isLocale } from "@/lib/i18n/routing";
import { EMAIL_COOKIE } from "@/lib/desk/sign-in-email";

export const dynamic = "force-dynamic";

const ERRORS = ["invalid", "locked", "missing"] as const;

// A plain form: it signs in without JavaScript too.
export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  if (await currentUser(await headers())) redirect(`/${locale}/desk`);
  const t = await getTranslations({ locale, namespace: "Desk.signIn" });
  const q = await searchParams;
  const error = ERRORS.find((e) => e === q.error);
  // The address typed before a refused attempt, so only the password needs typing again.
  const email = error ? ((await cookies()).get(EMAIL_COOKIE)?.value ?? "") : "";
  return (
    <div className="desk-sign-in">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {error && (
        <p className="desk-error" role="alert">
          {t(`errors.${error}`)}
        </p>
      )}
      {q.signedOut && <p role="status">{t("signedOut")}</p>}
      {q.invited && (
        <p className="desk-ok" role="status">
          {t("invited")}
        </p>
      )}
      <form method="post" action="/api/desk/auth/sign-in" className="desk-form">
        <input type="hidden" name="locale" value={locale} />
        <label>
          {t("email")}
          <input type="email" name="email" autoComplete="username" required defaultValue={email} />
        </label>
        <label>
          {t("password")}
          <input type="password" name="password" autoComplete="current-password" required autoFocus={Boolean(email)} />
        </label>
        <button type="submit">{t("submit")}</button>
      </form>
    </div>
  );
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { openInvite } from "@/lib/desk/invites";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/desk";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

const ERRORS = ["invalid", "short", "mismatch", "exists"] as const;

// Where an invitation link leads: the invited person chooses a password (a plain form: no JavaScript needed).
export default async function InvitePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Desk" });
  const invite = await openInvite(token);
  const q = await searchParams;
  const error = invite ? ERRORS.find((e) => e === q.error) : "invalid";
  return (
    <div className="desk-sign-in">
      <h1>{t("invite.title")}</h1>
      {error && (
        <p className="desk-error" role="alert">
          {t(`invite.errors.${error}`)}
        </p>
      )}
      {invite && (
        <>
          <p className="muted">
            {t("invite.intro", { name: invite.name, email: invite.email, role: t(`roles.${invite.role as "editor"}`) })}
          </p>
          <form method="post" action="/api/desk/invites/accept" className="desk-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            {/* Lets password managers file the new password under the right account. */}
            <input type="email" name="email" value={invite.email} autoComplete="username" readOnly hidden />
            <label>
              {t("invite.password")}
              <input
                type="password"
                name="password"
                autoComplete="new-password"
                minLength={PASSWORD_MIN}
                maxLength={PASSWORD_MAX}
                required
              />
            </label>
            <label>
              {t("invite.confirm")}
              <input
                type="password"
                name="confirm"
                autoComplete="new-password"
                minLength={PASSWORD_MIN}
                maxLength={PASSWORD_MAX}
                required
              />
            </label>
            <button type="submit">{t("invite.submit")}</button>
          </form>
        </>
      )}
    </div>
  );
}

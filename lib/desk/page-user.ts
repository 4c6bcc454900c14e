import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "../i18n/routing";
import type { Role } from "../schemas/desk";
import { currentUser, type DeskUser } from "./session";

// The signed-in user of this request, or null: read once per request, by the desk's header and its page.
export const signedInUser = cache(async (): Promise<DeskUser | null> => currentUser(await headers()));

// Every desk page: a known locale, a signed-in user (else the sign-in form), and the role the page needs (else 404).
export async function pageUser(
  params: Promise<{ locale: string }>,
  roles?: readonly Role[],
): Promise<{ user: DeskUser; locale: Locale }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await signedInUser();
  if (!user) redirect(`/${locale}/desk/sign-in`);
  if (roles && !roles.includes(user.role)) notFound();
  return { user, locale };
}

import { SECURE_COOKIES } from "./secure-cookies";

// After a wrong password the form comes back with the email still in its field, without JavaScript and without putting the address in the URL:
// a short-lived cookie scoped to the sign-in page holds it.
export const EMAIL_COOKIE = "desk-sign-in-email";

export function rememberEmail(locale: string, email: string): string {
  return `${EMAIL_COOKIE}=${encodeURIComponent(email)}; Path=/${locale}/desk/sign-in; Max-Age=600; HttpOnly; SameSite=Strict${SECURE_COOKIES ? "; Secure" : ""}`;
}

export function forgetEmail(locale: string): string {
  return `${EMAIL_COOKIE}=; Path=/${locale}/desk/sign-in; Max-Age=0; HttpOnly; SameSite=Strict${SECURE_COOKIES ? "; Secure" : ""}`;
}

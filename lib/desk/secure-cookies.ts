// Secure cookies when the site is served over HTTPS (SITE_URL), or as DESK_SECURE_COOKIES says: the session's and the sign-in form's.
export const SECURE_COOKIES = process.env.DESK_SECURE_COOKIES
  ? process.env.DESK_SECURE_COOKIES === "1"
  : (process.env.SITE_URL ?? "").startsWith("https:");

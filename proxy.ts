import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension (data downloads, pagefind, images).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};

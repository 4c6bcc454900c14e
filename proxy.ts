import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

const intl = createMiddleware(routing);

// Runs only on `/` and on paths without a language (say /cases): it redirects to the reader's language from
// Accept-Language. Locale-prefixed pages never pass through it, so they are served as prerendered, with no cookie.
export default function proxy(request: NextRequest) {
  const response = intl(request);
  // The redirect depends on Accept-Language: caches must key on it, and may keep it briefly.
  response.headers.set("Vary", "Accept-Language");
  response.headers.set("Cache-Control", "public, max-age=300, s-maxage=3600");
  return response;
}

export const config = {
  // `/`, and unprefixed page paths: not the locales, API routes, Next internals or files with an extension.
  matcher: ["/", "/((?!zh|en|api|_next|_vercel|.*\\..*).+)"],
};

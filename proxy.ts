import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { deskContentSecurityPolicy, DESK_PAGE } from "./lib/http/headers";
import { routing } from "./lib/i18n/routing";

const intl = createMiddleware(routing);

// Runs on `/`, on paths without a language (say /cases) and on the desk's pages. Public locale-prefixed pages never
// pass through it, so they are served as prerendered, with no cookie.
export default function proxy(request: NextRequest) {
  if (DESK_PAGE.test(request.nextUrl.pathname)) return withNonce(request);
  const response = intl(request);
  // The redirect depends on Accept-Language: caches must key on it, and may keep it briefly.
  response.headers.set("Vary", "Accept-Language");
  response.headers.set("Cache-Control", "public, max-age=300, s-maxage=3600");
  return response;
}

// A desk page: a fresh nonce per request, on the request (Next adds it to its scripts) and on the answer.
function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = deskContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // `/`, unprefixed page paths (not the locales, API routes, Next internals or files with an extension), and the desk's pages.
  matcher: ["/", "/((?!zh|en|api|_next|_vercel|.*\\..*).+)", "/(zh|en)/desk", "/(zh|en)/desk/:path*"],
};

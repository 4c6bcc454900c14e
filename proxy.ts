import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { deskContentSecurityPolicy, DESK_PAGE } from "./lib/http/headers";
import { routing } from "./lib/i18n/routing";
import { encodeViewKey, MAX_COMPARE_QUERY, VIEW_SEGMENT } from "./lib/compare/view-key";

const intl = createMiddleware(routing);

const COMPARE = /^\/(zh|en)\/compare(\/.*)?$/;

// Runs on `/`, on paths without a language (say /cases), on compare and on the desk's pages. Other public
// locale-prefixed pages never pass through it, so they are served as prerendered, with no cookie.
export default function proxy(request: NextRequest) {
  if (DESK_PAGE.test(request.nextUrl.pathname)) return withNonce(request);
  const compare = COMPARE.exec(request.nextUrl.pathname);
  if (compare) return compareView(request, compare[1]!, compare[2]);
  const response = intl(request);
  // The redirect depends on Accept-Language: caches must key on it, and may keep it briefly.
  response.headers.set("Vary", "Accept-Language");
  response.headers.set("Cache-Control", "public, max-age=300, s-maxage=3600");
  return response;
}

// Every compare view is rendered once per query and then served from memory: the query becomes a path segment of a
// static route (app/[locale]/(site)/compare/v/[key]; the empty query's key is prerendered). The reader's URL does not
// change. All views take this one route, so the browser's router knows each query is a page of its own.
function compareView(request: NextRequest, locale: string, rest: string | undefined) {
  const url = request.nextUrl.clone();
  // The internal route is not a second address for the same page: only the proxy reaches it.
  if (rest) {
    url.pathname = `/${locale}/compare/not-found`;
    return NextResponse.rewrite(url);
  }
  // The router's cache-busting parameter is not part of the view.
  url.searchParams.delete("_rsc");
  const query = url.searchParams.toString();
  if (query.length > MAX_COMPARE_QUERY)
    return new NextResponse(
      `A compare query is at most ${MAX_COMPARE_QUERY} characters; this one has ${query.length}.`,
      {
        status: 414,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      },
    );
  url.pathname = `/${locale}/compare/${VIEW_SEGMENT}/${encodeViewKey(query)}`;
  url.search = "";
  return NextResponse.rewrite(url);
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
  // `/`, unprefixed page paths (not the locales, API routes, Next internals or files with an extension), compare,
  // and the desk's pages.
  matcher: [
    "/",
    "/((?!zh|en|api|_next|_vercel|.*\\..*).+)",
    "/(zh|en)/compare",
    "/(zh|en)/compare/:path*",
    "/(zh|en)/desk",
    "/(zh|en)/desk/:path*",
  ],
};

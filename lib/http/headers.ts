// Response headers for every route, read by next.config.ts and checked by tests/e2e/headers.spec.ts.

// As strict as static rendering allows; each allowance says why it is there.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'unsafe-inline': Next writes the page's data into inline <script> tags (self.__next_f.push(…)) that differ per
  // page; a nonce would make every page dynamic and hashes would need rewriting each prerendered file after the build.
  // The desk's pages are dynamic anyway, so they get deskContentSecurityPolicy below instead, without 'unsafe-inline'.
  // 'wasm-unsafe-eval': Pagefind compiles its WebAssembly search core in the browser (no JavaScript eval is allowed).
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  // 'unsafe-inline': React's style={…} attributes and the map's own <style> element.
  "style-src 'self' 'unsafe-inline'",
  // data: for small inline images in CSS; blob: for the chart's PNG download, drawn from its SVG through an <img>.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Pagefind fetches its index and the site's scripts call the open-data API, all on this origin.
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The site is never framed (clickjacking); X-Frame-Options says the same to older browsers.
  "frame-ancestors 'none'",
].join("; ");

// The desk's pages (/{locale}/desk…, all rendered per request): scripts only with this request's nonce. proxy.ts puts
// the policy on the request too, where Next reads the nonce and adds it to its own scripts; 'strict-dynamic' lets those
// load the page's chunks; no 'wasm-unsafe-eval': the desk's own header has no search box (Pagefind). The rest is as
// CONTENT_SECURITY_POLICY says.
export function deskContentSecurityPolicy(nonce: string): string {
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
  );
}

// Desk pages take their policy from proxy.ts (per request), so the static one is not sent with it.
export const DESK_PAGE = /^\/(zh|en)\/desk(\/|$)/;

export const CSP_HEADER = { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY };

export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The site uses none of these powerful features; deny them to the page and to anything it embeds.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // HSTS is sent by the TLS-terminating proxy (deploy/nginx.conf), not here: `next start` speaks plain HTTP.
];

// Prerendered pages change only when the site is rebuilt and deployed: browsers revalidate (ETag) each time,
// shared caches (CDN, deploy/nginx.conf) keep them an hour and may serve a stale copy for a day while refetching.
export const PAGE_CACHE = "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400";
// Built files without a content hash in their name (search index, data downloads, icons).
export const STATIC_CACHE = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";
// The editors' desk and its login are personal: never stored by any cache.
export const PRIVATE = "private, no-store";

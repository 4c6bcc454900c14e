import os from "node:os";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { withContentCollections } from "@content-collections/next";
import { CSP_HEADER, PAGE_CACHE, PRIVATE, SECURITY_HEADERS, STATIC_CACHE } from "./lib/http/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Canonical links, the sitemap, feeds and citations need the public origin (lib/i18n/metadata.ts).
if (process.argv.includes("build") && !process.env.SITE_URL)
  console.warn(
    "\n⚠ SITE_URL is not set: canonical links, hreflang, the sitemap, the feeds and citations will point at http://localhost:3000.\n  Set it for a deployment, e.g. SITE_URL=https://example.org npm run build\n",
  );

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Compare views are rendered on their first request and kept (proxy.ts): in memory only, least recently used
  // dropped first, so no query can fill the disk and the cache never outgrows this bound.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // Prerendering is most of a large build: use every core (Next leaves one idle by default, half the machine on 2 cores).
  experimental: { cpus: Math.max(1, os.availableParallelism()), isrFlushToDisk: false },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // The static policy everywhere except the desk's pages, whose per-request one comes from proxy.ts.
      { source: "/", headers: [CSP_HEADER] },
      { source: "/:path((?!(?:zh|en)/desk(?:/|$)).*)", headers: [CSP_HEADER] },
      // Public pages (prerendered): cacheable by CDNs; the desk rules below come later and win.
      { source: "/:locale(zh|en)/:path*", headers: [{ key: "Cache-Control", value: PAGE_CACHE }] },
      { source: "/:locale(zh|en)", headers: [{ key: "Cache-Control", value: PAGE_CACHE }] },
      { source: "/pagefind/:path*", headers: [{ key: "Cache-Control", value: STATIC_CACHE }] },
      { source: "/data/:path*", headers: [{ key: "Cache-Control", value: STATIC_CACHE }] },
      { source: "/:locale(zh|en)/desk", headers: [{ key: "Cache-Control", value: PRIVATE }] },
      { source: "/:locale(zh|en)/desk/:path*", headers: [{ key: "Cache-Control", value: PRIVATE }] },
      { source: "/api/desk/:path*", headers: [{ key: "Cache-Control", value: PRIVATE }] },
    ];
  },
};

export default withContentCollections(withNextIntl(nextConfig));

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { withContentCollections } from "@content-collections/next";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Canonical links, the sitemap, feeds and citations need the public origin (lib/i18n/metadata.ts).
if (process.argv.includes("build") && !process.env.SITE_URL)
  console.warn("\n⚠ SITE_URL is not set: canonical links, hreflang, the sitemap, the feeds and citations will point at http://localhost:3000.\n  Set it for a deployment, e.g. SITE_URL=https://example.org npm run build\n");

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
};

export default withContentCollections(withNextIntl(nextConfig));

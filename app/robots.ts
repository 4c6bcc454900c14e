import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/i18n/metadata";

export const dynamic = "force-static";

// Crawlers read the pages; the API's endless query space and the editors' desk are not for them.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/zh/desk", "/en/desk"] },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}

import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { getCase, getCaseSlugs } from "@/lib/content/cases";
import { routing, type Locale } from "@/lib/i18n/routing";
import { fontsFor } from "@/lib/og/fonts";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Case study";

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getCaseSlugs().map((slug) => ({ locale, slug })));
}

// One card per case and language, rendered at build time with fonts from node_modules (no network).
export default async function OpengraphImage({ params }: { params: Promise<{ locale: Locale; slug: string }> }) {
  const { locale, slug } = await params;
  const doc = getCase(slug, locale);
  const title = doc?.title ?? slug;
  const summary = doc ? (doc.summary.length > 110 ? `${doc.summary.slice(0, 108)}…` : doc.summary) : "";
  const site = (await getTranslations({ locale, namespace: "Site" }))("name");
  const fonts = fontsFor(`${site}${title}${summary}…`);
  const family = fonts.map((f) => f.name).join(", ");
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#fff", borderTop: "16px solid #a4161a", fontFamily: family }}>
        <div style={{ fontSize: 30, color: "#a4161a" }}>{site}</div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ fontSize: 60, lineHeight: 1.2, color: "#1d1d1f" }}>{title}</div>
          <div style={{ fontSize: 28, lineHeight: 1.4, color: "#5b5b60" }}>{summary}</div>
        </div>
      </div>
    ),
    { ...size, fonts },
  );
}

import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getCase } from "@/lib/content/cases";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { fontsFor } from "@/lib/og/fonts";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Case study";

// Not prerendered: a PNG costs more to draw than its page, and only link previews ask for it. Each image is drawn on
// its first request, kept by Next like a prerendered file and sent with the public Cache-Control (see docs/performance.md).
export function generateStaticParams() {
  return [];
}

// One card per case and language, drawn with fonts from node_modules (no network); unknown cases are 404s.
export default async function OpengraphImage({ params }: { params: Promise<{ locale: Locale; slug: string }> }) {
  const { locale, slug } = await params;
  const doc = isLocale(locale) ? getCase(slug, locale) : undefined;
  if (!doc) notFound();
  const title = doc.title;
  const summary = doc.summary.length > 110 ? `${doc.summary.slice(0, 108)}…` : doc.summary;
  const site = (await getTranslations({ locale, namespace: "Site" }))("name");
  const fonts = fontsFor(`${site}${title}${summary}…`);
  const family = fonts.map((f) => f.name).join(", ");
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#fff",
        borderTop: "16px solid #a4161a",
        fontFamily: family,
      }}
    >
      <div style={{ fontSize: 30, color: "#a4161a" }}>{site}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: 60, lineHeight: 1.2, color: "#1d1d1f" }}>{title}</div>
        <div style={{ fontSize: 28, lineHeight: 1.4, color: "#5b5b60" }}>{summary}</div>
      </div>
    </div>,
    { ...size, fonts },
  );
}

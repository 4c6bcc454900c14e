import { chinaBaseLayer } from "@/lib/map/base-layer";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: chinaBaseLayer().file }];
}

// The home page map's base layer (lib/map/base-layer.ts), built with the site; any other name is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const layer = chinaBaseLayer();
  if (file !== layer.file) return new Response("Not found", { status: 404 });
  return new Response(layer.svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // The name changes with the content, so the file never needs to be fetched again.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}

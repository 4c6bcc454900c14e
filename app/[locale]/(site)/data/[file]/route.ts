import { notFound } from "next/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";
import { CITE_EXTENSIONS, citeFileResponse, sourceCitations, splitCiteFile } from "@/lib/site/citations";

export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { locale: string; file: string };

export function generateStaticParams(): Params[] {
  return routing.locales.flatMap((locale) => CITE_EXTENSIONS.map((ext) => ({ locale, file: `sources.${ext}` })));
}

// Every source, cited in the page's language: sources.json (CSL-JSON), sources.bib, sources.ris.
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, file } = await params;
  const split = splitCiteFile(file);
  if (!isLocale(locale) || split?.[0] !== "sources") notFound();
  return citeFileResponse(await sourceCitations(locale), split[1]);
}

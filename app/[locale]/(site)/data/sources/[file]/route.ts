import { notFound } from "next/navigation";
import { getSources } from "@/lib/data/queries";
import { isLocale, routing } from "@/lib/i18n/routing";
import { CITE_EXTENSIONS, citeFileResponse, sourceCitations, splitCiteFile } from "@/lib/site/citations";

export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { locale: string; file: string };

export async function generateStaticParams(): Promise<Params[]> {
  const ids = (await getSources()).map((s) => s.id);
  return routing.locales.flatMap((locale) =>
    ids.flatMap((id) => CITE_EXTENSIONS.map((ext) => ({ locale, file: `${id}.${ext}` }))),
  );
}

// One source, cited in the page's language: <id>.json (CSL-JSON), <id>.bib, <id>.ris.
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, file } = await params;
  const split = splitCiteFile(file);
  if (!isLocale(locale) || !split) notFound();
  const items = await sourceCitations(locale, split[0]);
  if (items.length === 0) notFound();
  return citeFileResponse(items, split[1]);
}

import { notFound } from "next/navigation";
import { getCaseSlugs } from "@/lib/content/cases";
import { citedEdition } from "@/lib/editions";
import { isLocale, routing } from "@/lib/i18n/routing";
import {
  caseCitation,
  caseSourceCitations,
  CITE_EXTENSIONS,
  citeFileResponse,
  splitCiteFile,
} from "@/lib/site/citations";

export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { locale: string; slug: string; file: string };

export function generateStaticParams(): Params[] {
  return routing.locales.flatMap((locale) =>
    getCaseSlugs().flatMap((slug) =>
      ["cite", "sources"].flatMap((name) => CITE_EXTENSIONS.map((ext) => ({ locale, slug, file: `${name}.${ext}` }))),
    ),
  );
}

// The case's citation (cite.json, cite.bib, cite.ris) and its sources' (sources.json, …), built with the site.
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, slug, file } = await params;
  const split = splitCiteFile(file);
  if (!isLocale(locale) || !split) notFound();
  const [name, ext] = split;
  const item = caseCitation(slug, locale, { edition: citedEdition(slug, locale) });
  if (!item || (name !== "cite" && name !== "sources")) notFound();
  return citeFileResponse(name === "cite" ? [item] : await caseSourceCitations(slug, locale), ext);
}

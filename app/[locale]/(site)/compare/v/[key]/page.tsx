import { notFound } from "next/navigation";
import { compareMetadata, ComparePage } from "@/components/compare/compare-page";
import { decodeViewKey, encodeViewKey, queryRecord } from "@/lib/compare/view-key";

type Props = { params: Promise<{ locale: string; key: string }> };

// Every compare view: proxy.ts rewrites /{locale}/compare?… here. The default view (no query) is built ahead; any other
// is rendered on its first request and then served from Next's page cache, in memory and bounded (next.config.ts).
export const dynamicParams = true;
export function generateStaticParams(): { key: string }[] {
  return [{ key: encodeViewKey("") }];
}

export const generateMetadata = compareMetadata;

export default async function Page({ params }: Props) {
  const query = decodeViewKey((await params).key);
  if (query === null) notFound();
  return <ComparePage params={params} query={queryRecord(query)} />;
}

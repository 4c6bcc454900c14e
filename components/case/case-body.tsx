import type { Root } from "mdast";
import { caseHtml, type CaseElements } from "@/lib/content/case-html";
import type { Locale } from "@/lib/i18n/routing";

// A case's prose drawn from its checked tree as one HTML string (lib/content/case-html.ts): the page and the desk
// preview both use it. React's payload carries the string and hydration leaves it alone: nothing in it is interactive.
export function CaseBody({ tree, locale, elements }: { tree: Root; locale: Locale; elements: CaseElements }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: caseHtml(tree, locale, elements) }} />;
}

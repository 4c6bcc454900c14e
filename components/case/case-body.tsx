import type { ComponentType } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Root } from "mdast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { caseHast } from "@/lib/content/case-hast";
import type { Locale } from "@/lib/i18n/routing";

// Props arrive as the text the check accepted; each component reads what it needs (Figure's year as a number).
export type CaseComponents = Record<"Figure" | "Term" | "Cite" | "Timeline", ComponentType<never>>;

// A case's prose drawn from its checked tree with the site's components: the page and the desk preview both use it.
export function CaseBody({ tree, locale, components }: { tree: Root; locale: Locale; components: CaseComponents }) {
  return toJsxRuntime(caseHast(tree, locale), { Fragment, jsx, jsxs, components: components as never });
}

import "server-only";
import fs from "node:fs";
import path from "node:path";
import { toHast } from "mdast-util-to-hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Locale } from "../i18n/routing";
import { parseMarkdown } from "./parse-case";

// The editor's guide lives in docs/ for the repository; the site draws the same file at build time, as a tree, never as code.
export function loadGuide(locale: Locale): ReactNode {
  const file = path.join(process.cwd(), "docs", locale === "zh" ? "editing.zh.md" : "editing.md");
  // Relative links point at files in the repository, which the site does not serve: show the path instead.
  const source = fs.readFileSync(file, "utf8").replace(/\[([^\]]+)\]\((?!https?:|#)([^)]+)\)/g, (_m, text: string, href: string) => (text.includes("`") ? text : `${text} (\`${href.replace(/^\.\.?\//, "")}\`)`));
  return toJsxRuntime(toHast(parseMarkdown(source)), { Fragment, jsx, jsxs });
}

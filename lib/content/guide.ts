import "server-only";
import fs from "node:fs";
import path from "node:path";
import { evaluate } from "@mdx-js/mdx";
import type { ComponentType } from "react";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import type { Locale } from "../i18n/routing";

// The editor's guide lives in docs/ for the repository; the site renders the same file at build time.
export async function loadGuide(locale: Locale): Promise<ComponentType> {
  const file = path.join(process.cwd(), "docs", locale === "zh" ? "editing.zh.md" : "editing.md");
  // Relative links point at files in the repository, which the site does not serve: show the path instead.
  const source = fs.readFileSync(file, "utf8").replace(/\[([^\]]+)\]\((?!https?:|#)([^)]+)\)/g, (_m, text: string, href: string) => (text.includes("`") ? text : `${text} (\`${href.replace(/^\.\.?\//, "")}\`)`));
  const { default: Guide } = await evaluate(source, { ...runtime, format: "md", remarkPlugins: [remarkGfm] });
  return Guide as ComponentType;
}

import { parse } from "csv-parse/sync";
import fs from "node:fs";
import path from "node:path";

// The public origin the build used: SITE_URL, or the documented default.
export const SITE = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

// The site map the build prerendered (app/sitemap.ts is static), read when the tests are collected so a walk over
// every page can be one test per page, each with its own time; null when there is no build yet.
export const BUILT_SITEMAP = path.resolve(".next/server/app/sitemap.xml.body");
export function builtSitemapPaths(): string[] | null {
  if (!fs.existsSync(BUILT_SITEMAP)) return null;
  const xml = fs.readFileSync(BUILT_SITEMAP, "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

type Messages = { [k: string]: string | Messages };
const flatten = (o: Messages): string[] => Object.values(o).flatMap((v) => (typeof v === "string" ? [v] : flatten(v)));

// The literal pieces of every message (ICU placeholders removed), per language.
export function messagePieces(locale: "zh" | "en"): string[] {
  const json = JSON.parse(fs.readFileSync(path.resolve(`messages/${locale}.json`), "utf8")) as Messages;
  const pieces: string[] = [];
  for (const value of flatten(json)) {
    let s = value;
    // Replace innermost {…} groups until none are left (plural and select forms nest).
    for (let i = 0; i < 5 && /\{[^{}]*\}/.test(s); i++) s = s.replace(/\{[^{}]*\}/g, "\u0000");
    pieces.push(
      ...s
        .split("\u0000")
        .map((p) => p.trim())
        .filter(Boolean),
    );
  }
  return [...new Set(pieces)];
}

// The editors' internal notes from content/data/sources.csv; no public page may show them.
export function internalNotes(): string[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(path.resolve("content/data/sources.csv"), "utf8"), {
    columns: true,
  });
  return rows.flatMap((r) => [r.internal_note ?? "", r.seed_file ?? ""]).filter((s) => s.length > 0);
}

import { parse } from "csv-parse/sync";
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// The public origin the build used: SITE_URL, or the documented default.
export const SITE = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

// Every public page, read from the sitemap, as paths on the server under test.
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(SITE.length) || "/");
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
    pieces.push(...s.split("\u0000").map((p) => p.trim()).filter(Boolean));
  }
  return [...new Set(pieces)];
}

// The editors' internal notes from content/data/sources.csv; no public page may show them.
export function internalNotes(): string[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(path.resolve("content/data/sources.csv"), "utf8"), { columns: true });
  return rows.flatMap((r) => [r.internal_note ?? "", r.seed_file ?? ""]).filter((s) => s.length > 0);
}

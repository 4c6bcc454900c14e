import "server-only";
import fs from "node:fs";
import path from "node:path";

const DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");

export type Slice = { file: string; ranges: [number, number][] };
let slices: Slice[] | undefined;

// Noto Sans SC ships as ~100 unicode-range slices; read their ranges from the package's CSS once.
function allSlices(weight: number): Slice[] {
  if (slices) return slices;
  const css = fs.readFileSync(path.join(DIR, `${weight}.css`), "utf8");
  slices = [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map(
    (m) => ({
      file: m[1]!,
      ranges: m[2]!.split(",").map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
        return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
      }),
    }),
  );
  return slices;
}

export function slicesFor(text: string, weight = 700): Slice[] {
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  return allSlices(weight).filter((s) => [...codes].some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)));
}

// Only the slices that hold the text's characters, each under its own name (Satori takes woff, not woff2).
export function fontsFor(text: string, weight = 700): { name: string; data: Buffer; weight: 700; style: "normal" }[] {
  return slicesFor(text, weight).map((s, i) => ({
    name: `NotoSC${i}`,
    data: fs.readFileSync(path.join(DIR, "files", s.file)),
    weight: 700 as const,
    style: "normal" as const,
  }));
}

import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// `npm run bench` (after `npm run build`): prints speed and size numbers; it asserts nothing.
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://localhost:${PORT}`;
const PAGES = ["/zh", "/en", "/en/cases", "/zh/cases/xiangxi", "/en/cases/xiangxi", "/en/cases/lichuan", "/zh/compare", "/en/compare", "/zh/glossary", "/en/indicators/poverty_incidence", "/en/data"];
// Lighthouse mobile (its default: Moto G class device, simulated slow 4G and 4× CPU throttling).
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const LIGHTHOUSE_PAGES = ["/zh", "/en", "/zh/cases/xiangxi", "/en/cases/xiangxi", "/zh/compare", "/en/compare"];
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function timed(url: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    out.push(performance.now() - t);
  }
  return out;
}

function dirSize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? dirSize(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}

async function clientJs(page: string): Promise<{ bytes: number; count: number }> {
  const html = await (await fetch(BASE + page)).text();
  // Modern browsers skip noModule polyfills, so they are not counted.
  const scripts = new Set([...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1]! + m[3]!)).map((m) => m[2]!));
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(BASE + src)).arrayBuffer())).length;
  return { bytes, count: scripts.size };
}

async function lighthouseScores() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    console.log(`\nLighthouse mobile (simulated throttling), median of ${LIGHTHOUSE_RUNS} runs   perf   TBT ms   LCP ms   CLS     JS gz (scripts)`);
    for (const page of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push((await lighthouse(BASE + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] }))!.lhr);
      // The run with the median score, as Lighthouse's own docs advise for noisy machines.
      const lhr = runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[Math.floor(runs.length / 2)]!;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const js = await clientJs(page);
      console.log(`${page.padEnd(57)} ${(lhr.categories.performance?.score ?? 0).toFixed(2).padStart(5)} ${audit("total-blocking-time").toFixed(0).padStart(8)} ${audit("largest-contentful-paint").toFixed(0).padStart(8)} ${audit("cumulative-layout-shift").toFixed(3).padStart(6)} ${kb(js.bytes).padStart(9)} (${js.count})`);
    }
  } finally {
    chrome.kill();
  }
}

async function main() {
  let t = performance.now();
  execFileSync("npx", ["tsx", "scripts/db-build.ts"], { stdio: "ignore" });
  console.log(`db:build (CSV → validated → SQLite): ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  execFileSync("npx", ["tsx", "scripts/content-check.ts"], { stdio: "ignore" });
  console.log(`content:check: ${(performance.now() - t).toFixed(0)} ms`);
  console.log(`database file: ${kb(fs.statSync("prisma/data.db").size)}; search index: ${kb(dirSize("public/pagefind"))}`);

  // Its own process group, so stopping it also stops the next-server that npx starts.
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { stdio: "ignore", detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${BASE}/zh`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log("\npage                                   HTML gz   JS gz (scripts)   p50 ms  p95 ms");
    for (const page of PAGES) {
      const html = await (await fetch(BASE + page)).text();
      const js = await clientJs(page);
      const times = await timed(BASE + page, 30);
      console.log(`${page.padEnd(38)} ${kb(gzipSync(html).length).padStart(8)} ${kb(js.bytes).padStart(9)} (${js.count})   ${pct(times, 50).toFixed(1).padStart(6)}  ${pct(times, 95).toFixed(1).padStart(6)}`);
    }
    await lighthouseScores();
    const api = await timed(`${BASE}/api/v1/observations?region=xiangxi,china&indicator=poverty_incidence`, 200);
    console.log(`\nAPI /api/v1/observations (200 requests): p50 ${pct(api, 50).toFixed(1)} ms, p95 ${pct(api, 95).toFixed(1)} ms`);
    const csv = await timed(`${BASE}/api/v1/observations?format=csv`, 100);
    console.log(`API all observations as CSV (100 requests): p50 ${pct(csv, 50).toFixed(1)} ms, p95 ${pct(csv, 95).toFixed(1)} ms`);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

await main();

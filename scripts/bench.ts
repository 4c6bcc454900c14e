import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { formatRatio, median, overBudget, TBT_BASELINE, TBT_LIMIT, tbtRatio } from "./tbt-ratio";
import { serverOnlyInClientChunks } from "./client-chunks";

// `npm run bench` (after `npm run build`): prints speed and size numbers; it asserts nothing.
// `npm run bench -- --load-only` skips sizes and Lighthouse, `--no-lighthouse` skips Lighthouse; BENCH_SECONDS and BENCH_CONNECTIONS tune the load run.
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PROXY_PORT = Number(process.env.BENCH_PROXY_PORT ?? PORT + 4800);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? PORT + 4900);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const BASE = `http://127.0.0.1:${PORT}`;
// The load mix: pages a reader opens and the API calls a researcher or the site's own scripts make.
const LOAD_MIX = [
  "/zh",
  "/en/cases",
  "/zh/cases/xiangxi",
  "/en/cases/lichuan",
  "/en/compare",
  "/zh/glossary",
  "/en/indicators/poverty_incidence",
  "/api/v1/observations?region=xiangxi,china&indicator=poverty_incidence",
  "/api/v1/regions",
  "/api/v1/observations?format=csv",
];
const PAGES = [
  "/zh",
  "/en",
  "/en/cases",
  "/zh/cases/xiangxi",
  "/en/cases/xiangxi",
  "/en/cases/lichuan",
  "/zh/compare",
  "/en/compare",
  "/zh/glossary",
  "/en/indicators/poverty_incidence",
  "/en/data",
];
// Lighthouse mobile (its default: Moto G class device, simulated slow 4G and 4× CPU throttling).
// Five, not three: on this shared machine one page's TBT varies by ±40 % from run to run.
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
// The lightest page comes first, in the same Chrome session, so every key page's TBT can be read against it.
const LIGHTHOUSE_PAGES = [
  TBT_BASELINE,
  "/zh",
  "/en",
  "/zh/cases/xiangxi",
  "/en/cases/xiangxi",
  "/zh/compare",
  "/en/compare",
];
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

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
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce(
      (s, e) => s + (e.isDirectory() ? dirSize(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size),
      0,
    );
}

async function clientJs(page: string): Promise<{ bytes: number; count: number }> {
  const html = await (await fetch(BASE + page)).text();
  // Modern browsers skip noModule polyfills, so they are not counted.
  const scripts = new Set(
    [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
      .filter((m) => !/noModule/i.test(m[1]! + m[3]!))
      .map((m) => m[2]!),
  );
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(BASE + src)).arrayBuffer())).length;
  return { bytes, count: scripts.size };
}

async function lighthouseScores() {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    console.log(
      `\nLighthouse mobile (simulated throttling), median of ${LIGHTHOUSE_RUNS} runs   perf   TBT ms   LCP ms   CLS     JS gz (scripts)   TBT median ms   TBT ÷ ${TBT_BASELINE}`,
    );
    // The runs are interleaved (every page once, then every page again), so a slower or faster spell of this shared
    // machine falls on every page alike, and each page's TBT is read against /en/about's from the same rounds.
    const runs = new Map<string, Awaited<ReturnType<typeof lighthouse>>[]>(LIGHTHOUSE_PAGES.map((p) => [p, []]));
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
      for (const page of LIGHTHOUSE_PAGES)
        runs.get(page)!.push(
          await lighthouse(BASE + page, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance"],
          }),
        );
    let baseline = NaN;
    const over: string[] = [];
    for (const page of LIGHTHOUSE_PAGES) {
      const lhrs = runs.get(page)!.map((r) => r!.lhr);
      // The budget reads the median of the runs' TBT itself, which need not be the median-score run's TBT.
      const tbt = median(lhrs.map((r) => r.audits["total-blocking-time"]?.numericValue ?? NaN));
      if (page === TBT_BASELINE) baseline = tbt;
      const ratio = tbtRatio(tbt, baseline);
      if (page !== TBT_BASELINE && overBudget(ratio)) over.push(`${page} (${formatRatio(ratio)})`);
      // The run with the median score, as Lighthouse's own docs advise for noisy machines.
      const lhr = lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[
        Math.floor(lhrs.length / 2)
      ]!;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const js = await clientJs(page);
      console.log(
        `${page.padEnd(57)} ${(lhr.categories.performance?.score ?? 0).toFixed(2).padStart(5)} ${audit("total-blocking-time").toFixed(0).padStart(8)} ${audit("largest-contentful-paint").toFixed(0).padStart(8)} ${audit("cumulative-layout-shift").toFixed(3).padStart(6)} ${`${kb(js.bytes).padStart(9)} (${js.count})`.padEnd(15)}   ${tbt.toFixed(0).padStart(13)}   ${formatRatio(ratio)}`,
      );
    }
    console.log(
      `TBT ms: the median-score run's; TBT median: the median of the ${LIGHTHOUSE_RUNS} runs' TBT, divided by ${TBT_BASELINE}'s (${baseline.toFixed(0)} ms). ` +
        (over.length
          ? `Above ${TBT_LIMIT}×: ${over.join(", ")}.`
          : `Every page is within ${TBT_LIMIT}× of ${TBT_BASELINE}.`),
    );
  } finally {
    chrome.kill();
  }
}

type LoadResult = { name: string; rps: number; p99: number; errors: number; timeouts: number; non2xx: number };

// wrk on the loopback: the mix in turn, CONNECTIONS connections for SECONDS seconds.
function wrk(name: string, base: string, dir: string): LoadResult {
  const script = path.join(dir, "mix.lua");
  fs.writeFileSync(
    script,
    `local paths = {${LOAD_MIX.map((p) => JSON.stringify(p)).join(", ")}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n`,
  );
  const out = execFileSync(
    "wrk",
    ["-t", "2", "-c", String(CONNECTIONS), "-d", `${SECONDS}s`, "--timeout", "2s", "--latency", "-s", script, base],
    { encoding: "utf8" },
  );
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  const ms = (v: string, unit: string) => Number(v) * (unit === "s" ? 1000 : unit === "us" ? 0.001 : 1);
  const p99 = /99%\s+([\d.]+)(us|ms|s)/.exec(out);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    name,
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p99: p99 ? ms(p99[1]!, p99[2]!) : NaN,
    errors: socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
    non2xx: num(/Non-2xx or 3xx responses:\s+(\d+)/),
  };
}

function startNginx(dir: string, name: string, server: string, http = ""): ChildProcess {
  const conf = path.join(dir, `${name}.conf`);
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  const d = path.join(dir, name);
  fs.writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? "user root;" : ""}\ndaemon off;\nworker_processes 1;\npid ${d}/nginx.pid;\nerror_log ${d}/error.log error;\nevents { worker_connections 1024; }\n` +
      `http {\n access_log off;\n include /etc/nginx/mime.types;\n client_body_temp_path ${d}/body; proxy_temp_path ${d}/proxy; fastcgi_temp_path ${d}/fcgi; uwsgi_temp_path ${d}/uwsgi; scgi_temp_path ${d}/scgi;\n${http}\n server {\n  listen 127.0.0.1:${name === "proxy" ? PROXY_PORT : STATIC_PORT};\n${server}\n }\n}\n`,
  );
  execFileSync("nginx", ["-t", "-q", "-p", d, "-c", conf], { stdio: "pipe" });
  return spawn("nginx", ["-p", d, "-c", conf], { stdio: "ignore" });
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

// next start alone, the caching proxy in front of it (deploy/nginx/locations.conf) and nginx serving the same bytes as plain files.
async function load() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-load-"));
  const snap = path.join(dir, "snap");
  fs.mkdirSync(snap);
  const map: string[] = [];
  for (const [i, p] of LOAD_MIX.entries()) {
    const res = await fetch(BASE + p);
    fs.writeFileSync(path.join(snap, String(i)), Buffer.from(await res.arrayBuffer()));
    map.push(`  ${JSON.stringify(p)} /${i};`);
  }
  const locations = path.resolve("deploy/nginx/locations.conf");
  const servers: ChildProcess[] = [];
  try {
    servers.push(
      startNginx(
        dir,
        "proxy",
        fs.existsSync(locations)
          ? `  include ${locations};`
          : `  location / { proxy_pass http://poverty_cases_app; proxy_cache poverty_cases; }`,
        ` proxy_cache_path ${dir}/cache keys_zone=poverty_cases:10m;\n upstream poverty_cases_app { server 127.0.0.1:${PORT}; keepalive 32; }\n map $scheme $hsts { default ""; }`,
      ),
    );
    servers.push(
      startNginx(
        dir,
        "static",
        `  root ${snap};\n  location / { default_type text/html; try_files $snap =404; }`,
        ` map_hash_bucket_size 256;\n map $request_uri $snap {\n  default /missing;\n${map.join("\n")}\n }`,
      ),
    );
    await waitFor(`http://127.0.0.1:${PROXY_PORT}/zh`);
    await waitFor(`http://127.0.0.1:${STATIC_PORT}/zh`);
    for (const p of LOAD_MIX) await fetch(`http://127.0.0.1:${PROXY_PORT}${p}`); // fill the cache once
    console.log(
      `\nLoad: ${CONNECTIONS} connections × ${SECONDS} s, wrk on loopback, mix of ${LOAD_MIX.length} URLs (${LOAD_MIX.filter((p) => p.startsWith("/api")).length} API); ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    const results = [
      wrk("next start", BASE, dir),
      wrk("nginx proxy → next start", `http://127.0.0.1:${PROXY_PORT}`, dir),
      wrk("nginx static files", `http://127.0.0.1:${STATIC_PORT}`, dir),
    ];
    const base = results[2]!;
    console.log(
      "\n| server | req/s | p99 ms | errors | time-outs | non-2xx/3xx | req/s vs static | p99 vs static |\n|---|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const r of results)
      console.log(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${(r.rps / base.rps).toFixed(2)}× | ${(r.p99 / base.p99).toFixed(1)}× |`,
      );
  } finally {
    for (const s of servers) s.kill("SIGQUIT");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function buildSteps() {
  let t = performance.now();
  execFileSync("npx", ["tsx", "scripts/db-build.ts"], { stdio: "ignore" });
  console.log(`db:build (CSV → validated → SQLite): ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  execFileSync("npx", ["tsx", "scripts/content-check.ts"], { stdio: "ignore" });
  console.log(`content:check: ${(performance.now() - t).toFixed(0)} ms`);
  console.log(
    `database file: ${kb(fs.statSync("prisma/data.db").size)}; search index: ${kb(dirSize("public/pagefind"))}`,
  );
}

// The page as it would be with one drawing a chart (the widest): the narrower drawings taken out of the HTML and out of
// React's payload, where each travels a second time as a text chunk. For the ratio "HTML with every drawing ÷ with one".
function withOneDrawing(html: string): string {
  const narrow = /<svg id="[^"]*-w(?!720")\d+"[\s\S]*?<\/svg>/g;
  return html
    .replace(/<div class="chart-variant" data-w="(?!720")\d+">[\s\S]*?<\/svg><\/div>/g, "")
    .replace(/<script>self\.__next_f\.push\((\[1,"[\s\S]*?"\])\)<\/script>/g, (whole, arg: string) => {
      const [, text] = JSON.parse(arg) as [number, string];
      const kept = text.replace(narrow, "");
      return kept === text ? whole : `<script>self.__next_f.push(${JSON.stringify([1, kept])})</script>`;
    });
}

async function sizes() {
  console.log(
    "\npage                                   HTML gz   one drawing a chart   ×     JS gz (scripts)   p50 ms  p95 ms",
  );
  for (const page of PAGES) {
    const html = await (await fetch(BASE + page)).text();
    const js = await clientJs(page);
    const times = await timed(BASE + page, 30);
    const [all, one] = [gzipSync(html).length, gzipSync(withOneDrawing(html)).length];
    console.log(
      `${page.padEnd(38)} ${kb(all).padStart(8)} ${kb(one).padStart(12)} ${(all / one).toFixed(2).padStart(12)}× ${kb(js.bytes).padStart(9)} (${js.count})   ${pct(times, 50).toFixed(1).padStart(6)}  ${pct(times, 95).toFixed(1).padStart(6)}`,
    );
  }
  const engines = serverOnlyInClientChunks();
  console.log(`\ncitation engines in client chunks: ${engines.length ? engines.join(", ") : "none"}`);
  const api = await timed(`${BASE}/api/v1/observations?region=xiangxi,china&indicator=poverty_incidence`, 200);
  console.log(
    `\nAPI /api/v1/observations (200 requests): p50 ${pct(api, 50).toFixed(1)} ms, p95 ${pct(api, 95).toFixed(1)} ms`,
  );
  const csv = await timed(`${BASE}/api/v1/observations?format=csv`, 100);
  console.log(
    `API all observations as CSV (100 requests): p50 ${pct(csv, 50).toFixed(1)} ms, p95 ${pct(csv, 95).toFixed(1)} ms`,
  );
}

const USAGE = `npm run bench [-- --no-lighthouse | --load-only | --help]   (after npm run build)
  Prints build and check times, page sizes and latencies, Lighthouse mobile scores (median of LIGHTHOUSE_RUNS=${LIGHTHOUSE_RUNS}) for
  ${LIGHTHOUSE_PAGES.join(" ")}
  with each page's median TBT ÷ ${TBT_BASELINE}'s (marked above ${TBT_LIMIT}×), and a load run with wrk.`;

async function main() {
  if (process.argv.includes("--help")) {
    console.log(USAGE);
    return;
  }
  const loadOnly = process.argv.includes("--load-only");
  if (!loadOnly) buildSteps();
  // Its own process group, so the server and its children stop with it.
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
    stdio: "ignore",
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitFor(`${BASE}/zh`);
    if (!loadOnly) await sizes();
    if (!loadOnly && !process.argv.includes("--no-lighthouse")) await lighthouseScores();
    await load();
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

await main();

import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { CASES } from "./data";

// What a CDN needs from the origin: public pages with no cookie, cache rules and validators, and the same security headers everywhere.
const PUBLIC = [
  "/zh",
  "/en",
  "/zh/cases",
  "/en/cases/filter?theme=industry",
  `/en/cases/${CASES[0]}`,
  "/zh/compare",
  "/en/compare?regions=lichuan,hunan&indicator=poverty_incidence&scale=index",
  "/en/glossary",
  "/zh/indicators/poverty_incidence",
  "/en/data",
  "/zh/search",
  "/zh/cases/xiangxi/cite.json",
  "/en/data/sources.bib",
];

function expectSecurityHeaders(h: Record<string, string>) {
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
}

for (const path of PUBLIC)
  test(`${path}: no cookie, cacheable by a CDN, security headers`, async ({ request }) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    const h = res.headers();
    expect(h["set-cookie"]).toBeUndefined();
    expect(h["cache-control"]).toMatch(/^public, .*s-maxage=\d+/);
    expect(h["cache-control"]).not.toMatch(/private|no-store/);
    expectSecurityHeaders(h);
  });

test("the home map's land and borders are one file, named by its content and cached for good", async ({
  page,
  request,
}) => {
  await page.goto("/en");
  const href = await page.locator(".china-map image").getAttribute("href");
  expect(href).toMatch(/^\/map\/china-base-[0-9a-f]{12}\.svg$/);
  // The browser drew it: the image element has the map's full size and the file loaded.
  const loaded = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return img.naturalWidth;
  }, href!);
  expect(loaded).toBeGreaterThan(0);
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  const h = res.headers();
  expect(h["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(h["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(h["set-cookie"]).toBeUndefined();
  expect((await res.text()).match(/<path /g)!.length).toBeGreaterThan(30);
  expect((await request.get("/map/china-base-000000000000.svg")).status()).toBe(404);
});

test("a compare view is rendered on its first request and served from the page cache after", async ({ request }) => {
  // A query no other test asks for, so the first request is this test's own.
  const path = `/en/compare?regions=lichuan,xiangxi&indicator=poverty_incidence&probe=${Date.now()}${Math.random()}`;
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  const second = await request.get(path);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await second.text()).toBe(await first.text());
  expect(await second.text()).toContain("Lichuan");
});

test("compare's internal view route is not a second address, and an overlong query gets 414 with a reason", async ({
  request,
}) => {
  expect((await request.get("/en/compare/v/cmVnaW9ucz1saWNodWFu")).status()).toBe(404);
  const long = await request.get(`/en/compare?regions=${"x".repeat(1100)}`);
  expect(long.status()).toBe(414);
  expect(await long.text()).toContain("at most 1024 characters");
});

test("a prerendered page answers a conditional request with 304", async ({ request }) => {
  const first = await request.get("/en/cases");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/en/cases", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
});

test("/ sends each reader to their language, and says the answer varies by Accept-Language", async ({ request }) => {
  for (const [lang, target] of [
    ["en-GB,en;q=0.9", "/en"],
    ["zh-CN,zh;q=0.9", "/zh"],
  ] as const) {
    const res = await request.get("/", { headers: { "Accept-Language": lang }, maxRedirects: 0 });
    expect([307, 308]).toContain(res.status());
    expect(new URL(res.headers()["location"]!, "http://x").pathname).toBe(target);
    expect(res.headers()["vary"]).toMatch(/accept-language/i);
    expect(res.headers()["set-cookie"]).toBeUndefined();
    expectSecurityHeaders(res.headers());
  }
});

test("the API sends cache headers, a validator and 304 for an unchanged body", async ({ request }) => {
  const res = await request.get("/api/v1/observations?region=lichuan");
  expect(res.status()).toBe(200);
  const h = res.headers();
  expect(h["cache-control"]).toMatch(/^public, /);
  expect(h["set-cookie"]).toBeUndefined();
  expectSecurityHeaders(h);
  const again = await request.get("/api/v1/observations?region=lichuan", { headers: { "If-None-Match": h["etag"]! } });
  expect(again.status()).toBe(304);
});

test("desk and auth routes are private and never stored", async ({ request }) => {
  for (const path of ["/zh/desk", "/en/desk/cases", "/api/desk/cases", "/api/desk/auth/session"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["cache-control"], path).toBe("private, no-store");
    expectSecurityHeaders(res.headers());
  }
});

test("pages work under the Content-Security-Policy: no violation while searching", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/zh/search?q=扶贫");
  await expect(page.locator(".search-results a").first()).toBeVisible();
  await page.goto(`/en/cases/${CASES[0]}`);
  await page.goto("/en/compare");
  expect(violations).toEqual([]);
});

test("the proxy (middleware) runs on /, unprefixed paths, compare (to key its views) and the desk's pages (for their nonce), on no other public locale page", async () => {
  const manifest = JSON.parse(fs.readFileSync(".next/server/functions-config-manifest.json", "utf8")) as {
    functions: Record<string, { matchers: { regexp: string }[] }>;
  };
  const matchers = Object.values(manifest.functions).flatMap((f) => f.matchers.map((m) => new RegExp(m.regexp)));
  expect(matchers.length).toBeGreaterThan(0);
  const runs = (path: string) => matchers.some((re) => re.test(path));
  for (const path of ["/", "/cases", "/glossary", "/en/compare", "/zh/desk", "/en/desk/sign-in", "/zh/desk/drafts/3"])
    expect(runs(path), path).toBe(true);
  for (const path of [
    "/zh",
    "/en",
    "/zh/cases",
    `/en/cases/${CASES[0]}`,
    "/en/cases/filter",
    "/zh/glossary",
    "/api/v1/regions",
    "/api/desk/drafts",
    "/pagefind/pagefind.js",
    "/zh/desktop",
  ])
    expect(runs(path), path).toBe(false);
});

test("desk pages get a fresh nonce per request and no 'unsafe-inline' for scripts; public pages keep the static policy", async ({
  request,
  page,
}) => {
  const scriptSrc = (csp: string) =>
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? "";
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/en/desk/sign-in", { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    const csp = res.headers()["content-security-policy"] ?? "";
    expectSecurityHeaders(res.headers());
    expect(scriptSrc(csp)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    // Next put the nonce on its own scripts.
    expect(await res.text()).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
  // A public page: prerendered, the static policy, no nonce.
  const pub = await request.get(`/en/cases/${CASES[0]}`);
  expect(scriptSrc(pub.headers()["content-security-policy"] ?? "")).toBe(
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  );
  expect(pub.headers()["set-cookie"]).toBeUndefined();
  // The desk page runs under its policy: Next's inline data scripts run (they fill self.__next_f) and nothing is refused.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/en/desk/sign-in");
  // Hydrated: every script of the page has run.
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
  expect(violations).toEqual([]);
});

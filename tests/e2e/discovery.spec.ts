import { expect, test, type Page } from "@playwright/test";
import { CASES, LOCALES } from "./data";
import { SITE } from "./site-pages";

// Parses XML in the browser: a document with a <parsererror> did not parse.
async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) return null;
    const all = (name: string) => [...doc.getElementsByTagNameNS("*", name)];
    return {
      root: doc.documentElement.localName,
      locs: all("loc").map((e) => e.textContent ?? ""),
      alternates: all("link").map((e) => ({
        rel: e.getAttribute("rel"),
        hreflang: e.getAttribute("hreflang"),
        href: e.getAttribute("href") ?? "",
      })),
      entries: all("entry").map((e) => ({
        id: e.getElementsByTagNameNS("*", "id")[0]?.textContent ?? "",
        updated: e.getElementsByTagNameNS("*", "updated")[0]?.textContent ?? "",
      })),
      updated: doc.documentElement.getElementsByTagNameNS("*", "updated")[0]?.textContent ?? "",
    };
  }, xml);
}

test("the sitemap parses and lists every case in both languages with hreflang alternates, as absolute URLs", async ({
  page,
  request,
}) => {
  await page.goto("/zh");
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  const xml = await parseXml(page, await res.text());
  expect(xml).not.toBeNull();
  expect(xml!.root).toBe("urlset");
  for (const loc of xml!.locs) expect(loc.startsWith(`${SITE}/`)).toBe(true);
  for (const a of xml!.alternates) expect(a.href.startsWith(`${SITE}/`)).toBe(true);
  for (const slug of CASES)
    for (const locale of LOCALES) {
      expect(xml!.locs).toContain(`${SITE}/${locale}/cases/${slug}`);
      expect(xml!.alternates).toContainEqual({
        rel: "alternate",
        hreflang: locale === "zh" ? "zh-CN" : "en",
        href: `${SITE}/${locale}/cases/${slug}`,
      });
    }
  for (const p of [
    "",
    "/cases",
    "/compare",
    "/indicators",
    "/glossary",
    "/search",
    "/data",
    "/about",
    "/about/editing",
  ])
    for (const locale of LOCALES) expect(xml!.locs).toContain(`${SITE}/${locale}${p}`);
});

test("robots.txt points to the sitemap and keeps crawlers out of the API", async ({ request }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
});

for (const locale of LOCALES)
  test(`${locale}: the Atom feed parses, lists the cases' editions with their times and is linked from the page head`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/glossary`);
    const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    expect(href).toBe(`${SITE}/${locale}/feed.xml`);
    const res = await request.get(`/${locale}/feed.xml`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await parseXml(page, await res.text());
    expect(xml).not.toBeNull();
    expect(xml!.root).toBe("feed");
    // Each entry is an edition (its permanent URL, the time of its commit); every case's current edition is there.
    for (const e of xml!.entries) {
      expect(e.id).toMatch(new RegExp(`^${SITE}/${locale}/cases/[a-z0-9-]+/editions/\\d+$`));
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    for (const slug of CASES) {
      await page.goto(`/${locale}/cases/${slug}`);
      const current = await page.locator(".case-header a[data-edition]").getAttribute("href");
      expect(xml!.entries.map((e) => e.id)).toContain(`${SITE}${current}`);
    }
    expect(xml!.updated).toBe(
      xml!.entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );
    await page.goto(`/${locale}/cases/${CASES[0]}`);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      `${SITE}/${locale}/feed.xml`,
    );
  });

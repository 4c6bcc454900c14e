import { expect, test, type Page } from "@playwright/test";
import { CASES, drawnObservations, LOCALES, observations } from "./data";
import { BUILT_SITEMAP, builtSitemapPaths } from "./site-pages";

const CHART_PAGES = ["xiangxi", "hunan", "lichuan"];

// The visible drawing's point markers of every chart on the page.
const visiblePoints = (page: Page) => page.locator(".chart-variant:visible circle.chart-point");

async function tooltipInViewport(page: Page, chartId: string) {
  const tip = page.locator(`#${chartId} [data-testid=chart-tooltip]`);
  const box = (await tip.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.x, "tooltip left").toBeGreaterThanOrEqual(0);
  expect(box.y, "tooltip top").toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, "tooltip right").toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height, "tooltip bottom").toBeLessThanOrEqual(vp.height);
}

for (const locale of LOCALES)
  for (const width of [1366, 390])
    for (const slug of CHART_PAGES)
      test(`${locale} ${width}px ${slug}: hovering the centre of every point shows that point's year and value, inside the viewport`, async ({
        browser,
      }) => {
        // One hover round trip per point (up to about 30 on a page): the default 30 s is for a single page's work.
        test.slow();
        const page = await browser.newPage({ viewport: { width, height: width > 1000 ? 800 : 844 } });
        await page.goto(`/${locale}/cases/${slug}`);
        await page.waitForFunction(() => document.querySelector(".chart-controls button") !== null);
        const points = visiblePoints(page);
        const n = await points.count();
        expect(n).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          const point = points.nth(i);
          await point.scrollIntoViewIfNeeded();
          const [year, value, series] = await Promise.all([
            point.getAttribute("data-year"),
            point.getAttribute("data-value"),
            point.getAttribute("data-series"),
          ]);
          const chartId = await point.evaluate((el) => el.closest("[data-chart]")!.getAttribute("data-chart")!);
          const box = (await point.boundingBox())!;
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          const tip = page.locator(`#${chartId} [data-testid=chart-tooltip]`);
          await expect(tip, `${series} ${year}`).toBeVisible();
          await expect(tip).toHaveAttribute("data-year", year!);
          await expect(tip.locator("strong")).toHaveText(year!);
          await expect(tip.locator(`li[data-series="${series}"]`)).toHaveAttribute("data-value", value!);
          await tooltipInViewport(page, chartId);
        }
        await page.close();
      });

for (const locale of LOCALES)
  test(`${locale}: the keyboard reaches the first and the last point, marks it, and Home/End do not scroll the page`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/cases/xiangxi`);
    await page.waitForFunction(() => document.querySelector(".chart-controls button") !== null);
    const frame = page.locator("#incidence-chart .chart-frame");
    await frame.focus();
    await expect(frame).toBeFocused();
    const years = (
      await page
        .locator("#incidence-chart .chart-variant:visible circle.chart-point")
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-year"))))
    ).sort((a, b) => a - b);
    const tip = page.locator("#incidence-chart [data-testid=chart-tooltip]");
    const scroll = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("End");
    await expect(tip).toHaveAttribute("data-year", String(years.at(-1)));
    await expect(page.locator("#incidence-chart .chart-variant:visible .chart-mark circle").first()).toBeAttached();
    await page.keyboard.press("Home");
    await expect(tip).toHaveAttribute("data-year", String(years[0]));
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    await page.keyboard.press("ArrowRight");
    await expect(tip).toHaveAttribute("data-year", String([...new Set(years)][1]));
    await tooltipInViewport(page, "incidence-chart");
  });

test("touch: a tap pins the tooltip to the tapped point, a tap elsewhere closes it", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/zh/cases/xiangxi");
  await page.waitForFunction(() => document.querySelector(".chart-controls button") !== null);
  const points = page.locator("#incidence-chart .chart-variant:visible circle.chart-point[data-series^='xiangxi--']");
  for (let i = 0; i < (await points.count()); i++) {
    const point = points.nth(i);
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator("#incidence-chart [data-testid=chart-tooltip]");
    await expect(tip).toBeVisible();
    await expect(tip).toHaveAttribute("data-year", (await point.getAttribute("data-year"))!);
    await expect(tip.locator(`li[data-series="${await point.getAttribute("data-series")}"]`)).toHaveAttribute(
      "data-value",
      (await point.getAttribute("data-value"))!,
    );
    await tooltipInViewport(page, "incidence-chart");
  }
  await page.locator("#incidence-chart .chart-title").tap();
  await expect(page.locator("#incidence-chart [data-testid=chart-tooltip]")).toBeHidden();
  await context.close();
});

test("sparse series: joined across gaps by a lighter dashed segment, a single point is a labelled marker", async ({
  page,
}) => {
  await page.goto("/en/cases/hunan");
  const svg = page.locator('#incidence-chart .chart-variant[data-w="720"] svg');
  // Hunan's official series skips years, so its observations are joined by a gap line under the solid one.
  await expect(svg.locator(".gap-line")).not.toHaveCount(0);
  // The registered-poor basis has one figure (2014): a marker with its value and year.
  await expect(svg.locator("text.single-label")).toContainText("(2014)");
  await expect(page.locator("#incidence-chart .legend-gap")).toBeVisible();
});

test("indicators with one or two figures are compact, with their source", async ({ page }) => {
  await page.goto("/en/cases/xiangxi");
  const compact = page.locator("#other-indicators ~ .compact-grid .compact-figure, .compact-grid .compact-figure");
  expect(await compact.count()).toBeGreaterThan(3);
  await expect(compact.first().locator("a.src-link").first()).toHaveAttribute("href", /^#source-/);
});

const ROUTES = [
  "",
  "/cases",
  "/compare",
  "/compare?regions=lichuan,hunan,hunan-51-counties,china&indicator=poor_population",
  "/search",
  "/indicators",
  "/glossary",
  "/data",
  "/about",
  "/about/editing",
  ...CASES.map((s) => `/cases/${s}`),
  ...[...new Set(observations({}).map((r) => r.indicator))].map((k) => `/indicators/${k}`),
];

for (const locale of LOCALES)
  for (const route of ROUTES)
    test(`${locale}${route}: no sideways scroll at 360 px and no console error`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`/${locale}${route}`);
      // Hydration errors are logged before React marks the page hydrated.
      await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, "sideways scroll in px").toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    });

for (const path of ["/zh", "/en", "/zh/cases/xiangxi", "/en/cases/hunan", "/en/indicators/poverty_incidence"])
  test(`${path} loads no script containing the chart library`, async ({ page }) => {
    const reads: Promise<string>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() === "script") reads.push(res.text().catch(() => ""));
    });
    await page.goto(path);
    // Every script the page runs has loaded once React has hydrated it.
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    const bodies = await Promise.all(reads);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((b) => /recharts-(wrapper|cartesian|tooltip)|react-dom-server/.test(b)).length).toBe(0);
  });

test("compare without JavaScript: adding Hunan and submitting changes the URL and shows Hunan's figures", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/compare");
  await page.locator('select[name="add"]').selectOption("hunan");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]add=hunan/);
  const rows = drawnObservations({ region: "hunan", indicator: "poverty_incidence" })
    .filter((r) => r.basis === "official")
    .sort((a, b) => Number(a.year) - Number(b.year));
  const row = page.locator('#compare-change tr[data-series="hunan--official"]');
  await expect(row.locator('[data-cell="first"]')).toHaveText(`${rows[0]!.value} (${rows[0]!.year})`);
  await expect(
    page.locator('#compare-chart .chart-variant[data-w="720"] circle.chart-point[data-series="hunan--official"]'),
  ).toHaveCount(rows.length);
  await context.close();
});

for (const locale of LOCALES)
  test(`${locale}: compare names a region without data and explains an unknown region instead of failing`, async ({
    page,
  }) => {
    const res = await page.goto(`/${locale}/compare?regions=lichuan,atlantis,zhuxi&indicator=poverty_incidence`);
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("compare-notice")).toContainText("atlantis");
    await expect(page.getByTestId("compare-missing")).toContainText(locale === "zh" ? "竹溪" : "Zhuxi");
    const bad = await page.goto(`/${locale}/compare?regions=lichuan,china&indicator=happiness`);
    expect(bad?.status()).toBe(200);
    await expect(page.getByTestId("compare-notice")).toContainText("happiness");
    await expect(page.locator('select[name="indicator"] option').first()).toHaveAttribute("value", "poverty_incidence");
  });

// One test per page of the build's site map, so a slow page spends its own time, not the others'.
const SITEMAP = builtSitemapPaths();
test.describe("every page in the site map fits a 360 px screen", () => {
  test("the site map the tests walk is the one the server serves", async ({ request }) => {
    expect(SITEMAP, `no ${BUILT_SITEMAP}: run npm run build first`).not.toBeNull();
    expect(SITEMAP!.length).toBeGreaterThan(0);
    const served = [...(await (await request.get("/sitemap.xml")).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    expect(served).toEqual(SITEMAP);
  });
  for (const path of SITEMAP ?? [])
    test(path, async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(path);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        "sideways scroll in px",
      ).toBeLessThanOrEqual(0);
      await page.close();
    });
});

for (const path of ["/zh", "/en", "/zh/cases/xiangxi", "/en/cases/hunan", "/en/compare"])
  test(`${path}: chart and map text is at least 12 CSS px on a 360 px phone`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(path);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>(".chart-variant svg text, .china-map text")]
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement!.getScreenCTM()!.a),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.close();
  });

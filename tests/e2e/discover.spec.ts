import { expect, test } from "@playwright/test";
import { CASES, drawnObservations, frontmatter, LOCALES, observations } from "./data";

const first = (region: string) => {
  const rows = drawnObservations({ region, indicator: "poverty_incidence" }).sort(
    (a, b) => Number(a.year) - Number(b.year),
  );
  return { first: rows[0]!, last: rows.at(-1)! };
};

for (const locale of LOCALES) {
  test.describe(`${locale}: compare`, () => {
    test("three series with the right first and last values", async ({ page }) => {
      await page.goto(`/${locale}/compare?regions=lichuan,xiangxi,china&indicator=poverty_incidence`);
      for (const region of ["lichuan", "xiangxi", "china"]) {
        const { first: a, last: b } = first(region);
        const row = page.locator(`#compare-change tr[data-series^="${region}--"]`);
        await expect(row).toHaveCount(1);
        // Chinese takes full-width brackets.
        const year = (y: string | undefined) => (locale === "zh" ? `（${y}）` : ` (${y})`);
        await expect(row.locator('[data-cell="first"]')).toHaveText(`${a.value}${year(a.year)}`);
        await expect(row.locator('[data-cell="last"]')).toHaveText(`${b.value}${year(b.year)}`);
      }
      await expect(page.locator('#compare-chart .chart-variant[data-w="720"] .series-line:not(.gap-line)')).toHaveCount(
        3,
      );
    });

    test("changing the selection updates the URL, and reloading restores the view", async ({ page }) => {
      await page.goto(`/${locale}/compare?regions=lichuan,xiangxi,china&indicator=poverty_incidence`);
      // The form applies a change by script once its listeners are on (without JavaScript, the Show button does).
      await expect(page.locator("form[data-auto-apply]")).toHaveCount(1);
      await page.locator('select[name="add"]').selectOption("hunan");
      await expect(page).toHaveURL(/regions=lichuan,xiangxi,china,hunan&/);
      await page.locator('select[name="indicator"]').selectOption("poor_population");
      await expect(page).toHaveURL(/regions=lichuan,xiangxi,china,hunan&indicator=poor_population/);
      await page.reload();
      await expect(page.locator('input[name="regions"][value="hunan"]')).toBeChecked();
      await expect(page.locator('select[name="indicator"]')).toHaveValue("poor_population");
      await expect(page.locator('#compare-change tr[data-series^="hunan--"]').first()).toBeVisible();
    });
  });
}

test("compare without JavaScript shows a default comparison", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/compare");
  await expect(page.locator("#compare-chart svg.recharts-surface").filter({ visible: true })).toHaveCount(1);
  await expect(page.locator("#compare-change tbody tr")).toHaveCount(3);
  await expect(page.locator("#measures-table")).toContainText("Lichuan");
  await context.close();
});

test("compare works on a phone-sized screen", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto("/zh/compare?regions=lichuan,xiangxi,china&indicator=poverty_incidence");
  await expect(page.locator("form[data-auto-apply]")).toHaveCount(1);
  await page.locator('select[name="add"]').selectOption("zhuxi");
  await expect(page).toHaveURL(/zhuxi/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.close();
});

test("searching 扶贫车间 on /zh finds the Xiangxi case", async ({ page }) => {
  await page.goto("/zh");
  // The shortcut works once the page's script runs.
  await expect(page.locator("header input[data-shortcut]")).toHaveCount(1);
  await page.keyboard.press("/");
  await expect(page.locator("header").getByRole("combobox")).toBeFocused();
  await page.keyboard.type("扶贫车间");
  await expect(page.locator('.search-results a[href^="/zh/cases/xiangxi"]').first()).toBeVisible();
  await expect(page.locator(".search-results mark").first()).toBeVisible();
});

test("searching relocation on /en finds the cases that use relocation", async ({ page }) => {
  await page.goto("/en/search?q=relocation");
  const expected = CASES.filter((slug) => "relocation" in frontmatter(slug, "en").themes);
  expect(expected.length).toBeGreaterThan(0);
  for (const slug of expected)
    await expect(page.locator(`.search-results a.search-title[href="/en/cases/${slug}"]`)).toBeVisible();
});

test("a search with no results suggests the glossary and the case index", async ({ page }) => {
  await page.goto("/en/search?q=xylophonequartz");
  await expect(page.locator(".search-empty a[href='/en/glossary']")).toBeVisible();
  await expect(page.locator(".search-empty a[href='/en/cases']")).toBeVisible();
});

for (const locale of LOCALES) {
  test(`${locale}: filtering the index by e-commerce shows exactly the cases tagged with it`, async ({ page }) => {
    await page.goto(`/${locale}/cases`);
    await expect(page.locator(".case-card")).toHaveCount(CASES.length);
    await page.locator('input[name="theme"][value="ecommerce"]').check();
    await page.locator("form.filters button[type=submit]").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/cases/filter\\?theme=ecommerce$`));
    const expected = CASES.filter((slug) => "ecommerce" in frontmatter(slug, locale).themes).sort();
    await expect(page.locator(".case-card")).toHaveCount(expected.length);
    expect(
      (await page.locator(".case-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-case")!))).sort(),
    ).toEqual(expected);
    await page.reload();
    await expect(page.locator(".case-card")).toHaveCount(expected.length);
  });
}

test("the case index filters on the server without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/cases");
  await page.locator("select[name=province]").selectOption("hubei");
  await page.locator("select[name=sort]").selectOption("updated");
  await page.locator("form.filters button[type=submit]").click();
  await expect(page).toHaveURL(/\/en\/cases\/filter\?province=hubei&.*sort=updated/);
  const cards = () => page.locator(".case-card").evaluateAll((els) => els.map((e) => e.getAttribute("data-case")!));
  const fm = (slug: string) => frontmatter(slug, "en");
  const byTitle = (a: string, b: string) => fm(a).title.localeCompare(fm(b).title, "en");
  const byUpdated = (slugs: string[]) =>
    [...slugs].sort((a, b) => fm(b).updated.localeCompare(fm(a).updated) || byTitle(a, b));
  const hubei = CASES.filter((slug) => (frontmatter(slug, "en") as { province?: string }).province === "hubei");
  expect(hubei.length).toBeGreaterThan(0);
  expect(await cards()).toEqual(byUpdated(hubei));
  await expect(page.locator("select[name=province]")).toHaveValue("hubei");
  // Every province, newest update first: an order the titles alone would not give, so a sort that ignores "updated" fails here.
  await page.locator("select[name=province]").selectOption("");
  await page.locator("form.filters button[type=submit]").click();
  await expect(page).toHaveURL(/sort=updated/);
  const all = byUpdated(CASES);
  // While the cases' dates differ, they must give an order the titles alone would not; when every case was updated on
  // the same day (as after issue 18's corrections), newest-first falls back to the titles and only the order is checked.
  if (new Set(CASES.map((slug) => fm(slug).updated)).size > 1)
    expect(all, "the cases' update dates must order them differently from their titles").not.toEqual(
      [...CASES].sort(byTitle),
    );
  expect(await cards()).toEqual(all);
  await context.close();
});

test("the case index lists every case without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh/cases");
  await expect(page.locator(".case-card")).toHaveCount(CASES.length);
  const withSeries = CASES.filter(
    (slug) => observations({ region: frontmatter(slug, "zh").region, indicator: "poverty_incidence" }).length > 0,
  );
  await expect(page.locator(".case-card svg.sparkline")).toHaveCount(withSeries.length);
  await context.close();
});

test("each indicator page charts every region's series", async ({ page }) => {
  await page.goto("/en/indicators");
  await page.getByRole("link", { name: "Poor population", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/indicators\/poor_population$/);
  const regions = [...new Set(observations({ indicator: "poor_population" }).map((r) => r.region))];
  for (const region of regions)
    await expect(
      page.locator(`#indicator-chart circle.chart-point[data-series^="${region}--"]`).first(),
    ).toBeAttached();
});

for (const locale of LOCALES) {
  test(`${locale}: the home page map links to every case, in the page's language, without JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}`);
    const map = page.locator(".home-map svg");
    await expect(map).toBeVisible();
    for (const slug of CASES) {
      const link = map.locator(`a[href="/${locale}/cases/${slug}"]`);
      await expect(link).toHaveCount(1);
      const label = await link.getAttribute("aria-label");
      expect(label).toMatch(locale === "zh" ? /[\u4e00-\u9fff]/ : /^[^\u4e00-\u9fff]+$/);
    }
    await context.close();
  });
}

test("switching language keeps the comparison the student was looking at", async ({ page }) => {
  await page.goto("/en/compare?regions=lichuan,hunan,china&indicator=poor_population");
  // The switcher carries ?regions=… only once React handles its click.
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
  await page.getByTestId("locale-switcher").click();
  await expect(page).toHaveURL(/\/zh\/compare\?regions=lichuan,hunan,china&indicator=poor_population$/);
  await expect(page.locator('input[name="regions"][value="hunan"]')).toBeChecked();
  await expect(page.locator('select[name="indicator"]')).toHaveValue("poor_population");
});

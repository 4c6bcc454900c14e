import { expect, test } from "@playwright/test";
import { observations } from "./data";

const LICHUAN = { zh: /利川/, en: /Lichuan/ } as const;

for (const locale of ["zh", "en"] as const) {
  test.describe(`${locale}: Lichuan case page`, () => {
    test("shows the heading and the figures 27.4% and 0.25%, each linked to its source", async ({ page }) => {
      await page.goto(`/${locale}/cases/lichuan`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(LICHUAN[locale]);
      for (const value of ["27.4%", "0.25%"]) {
        const figure = page.locator("a.figure", { hasText: value }).first();
        await expect(figure).toBeVisible();
        const href = await figure.getAttribute("href");
        expect(href).toMatch(/^#source-/);
        await expect(page.locator(href!)).toBeAttached();
      }
    });

    test("the chart has one point for each year in the data, and a table beside it", async ({ page }) => {
      await page.goto(`/${locale}/cases/lichuan`);
      const years = observations({ region: "lichuan", indicator: "poverty_incidence" }).map((r) => r.year);
      expect(years.length).toBeGreaterThan(0);
      const points = page.locator(
        '#incidence-chart .chart-variant[data-w="720"] svg circle.chart-point[data-series^="lichuan--"]',
      );
      await expect(points).toHaveCount(years.length);
      expect((await points.evaluateAll((els) => els.map((e) => e.getAttribute("data-year")))).sort()).toEqual(
        [...years].sort(),
      );
      for (const year of years)
        await expect(page.locator(`#incidence-chart-table tbody th`, { hasText: year })).toHaveCount(1);
    });

    test("the language switcher keeps the reader on the same page", async ({ page }) => {
      await page.goto(`/${locale}/cases/lichuan`);
      const other = locale === "zh" ? "en" : "zh";
      await page.getByTestId("locale-switcher").click();
      await expect(page).toHaveURL(new RegExp(`/${other}/cases/lichuan$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(LICHUAN[other]);
    });

    test("an unknown case is a 404 in this language", async ({ page }) => {
      const response = await page.goto(`/${locale}/cases/no-such-case`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "zh" ? "页面不存在" : "Page not found",
      );
      await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
    });
  });
}

test("the chart SVG and the data table are in the server HTML", async ({ request }) => {
  const html = await (await request.get("/en/cases/lichuan")).text();
  expect(html).toMatch(/<svg[^>]*class="recharts-surface"/);
  expect(html).toContain("recharts-line-curve");
  expect(html).toMatch(/<table class="data-table" id="incidence-chart-table"/);
});

test("/ redirects by Accept-Language", async ({ request }) => {
  const en = await request.get("/", { headers: { "Accept-Language": "en-GB,en;q=0.9" }, maxRedirects: 0 });
  expect(en.status()).toBeGreaterThanOrEqual(300);
  expect(en.headers()["location"]).toMatch(/\/en$/);
  const zh = await request.get("/", { headers: { "Accept-Language": "zh-CN,zh;q=0.9" }, maxRedirects: 0 });
  expect(zh.headers()["location"]).toMatch(/\/zh$/);
});

test("pages carry canonical and hreflang links", async ({ request }) => {
  const html = await (await request.get("/zh/cases/lichuan")).text();
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/zh\/cases\/lichuan"/);
  expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="[^"]*\/en\/cases\/lichuan"/);
});

for (const locale of ["zh", "en"] as const) {
  test(`${locale}: the About page states the licence and links to how cases are written and checked`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/about`);
    await expect(page.locator("main")).toContainText("CC BY 4.0");
    await page
      .getByRole("link", { name: locale === "zh" ? "案例如何撰写与核查" : "How cases are written and checked" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/about/editing$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      locale === "zh" ? "案例如何撰写与核查" : "How cases are written and checked",
    );
    await expect(page.getByRole("heading", { level: 2, name: locale === "zh" ? "更正" : "Corrections" })).toBeVisible();
  });
}

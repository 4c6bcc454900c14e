import { expect, test } from "@playwright/test";
import { CASES, drawnObservations, frontmatter, LOCALES } from "./data";

for (const slug of CASES) {
  test.describe(`case ${slug}`, () => {
    for (const locale of LOCALES) {
      test(`${locale}: renders with its title and an incidence chart holding every sourced point plus the national baseline`, async ({
        page,
      }) => {
        const fm = frontmatter(slug, locale);
        await page.goto(`/${locale}/cases/${slug}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(fm.title);
        for (const region of [fm.region, ...(fm.related_regions ?? []), "china"]) {
          const rows = drawnObservations({ region, indicator: "poverty_incidence" });
          const points = page.locator(
            `#incidence-chart .chart-variant[data-w="720"] circle.chart-point[data-series^="${region}--"]`,
          );
          await expect(points, `${region} points`).toHaveCount(rows.length);
          const shown = await points.evaluateAll((els) =>
            els.map((e) => `${e.getAttribute("data-year")}:${e.getAttribute("data-value")}`),
          );
          expect(shown.sort()).toEqual(rows.map((r) => `${r.year}:${Number(r.value)}`).sort());
        }
      });
    }

    test("both languages show the same figures and the same sections", async ({ browser }) => {
      const read = async (locale: string) => {
        const page = await browser.newPage();
        await page.goto(`/${locale}/cases/${slug}`);
        const figures = await page
          .locator(".prose a.figure")
          .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-figure")}=${e.getAttribute("data-value")}`));
        const sections = await page
          .locator("article h2[id], article h3[id]")
          .evaluateAll((els) => els.map((e) => `${e.tagName}#${e.id}`));
        const sources = await page.locator(".source-list > li").evaluateAll((els) => els.map((e) => e.id));
        await page.close();
        return { figures, sections, sources };
      };
      const [zh, en] = [await read("zh"), await read("en")];
      expect(zh.figures.length).toBeGreaterThan(0);
      expect(en.figures.sort()).toEqual(zh.figures.sort());
      // GB/T 7714 is a Chinese standard, offered in the citation box of Chinese pages only.
      expect(en.sections).toEqual(zh.sections.filter((s) => s !== "H3#cite-gbt7714"));
      expect(zh.sections).toContain("H3#cite-gbt7714");
      expect(en.sections).toEqual(
        expect.arrayContaining([
          "H2#background",
          "H2#timeline",
          "H2#measures",
          "H2#results",
          "H2#lessons",
          "H2#sources",
        ]),
      );
      expect(en.sources).toEqual(zh.sources);
    });
  });
}

test("Zhuxi says it has no incidence series and shows what exists", async ({ page }) => {
  await page.goto("/en/cases/zhuxi");
  await expect(page.locator("#incidence-chart .gap-note")).toContainText("No poverty-incidence figures for Zhuxi");
  await expect(page.locator('#chart-poor_population li[data-year="2014"]')).toHaveAttribute("data-value", "11.1");
  await expect(page.locator('#chart-poor_villages li[data-year="2014"]')).toHaveAttribute("data-value", "73");
});

test("every event on a case timeline links to its source entry", async ({ page }) => {
  await page.goto("/zh/cases/xiangxi");
  const links = page.locator("ol.timeline li sup a");
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")!)))
    await expect(page.locator(href)).toBeAttached();
});

for (const locale of LOCALES) {
  test(`${locale}: the glossary lists every term, and a <Term> in a case links to its entry`, async ({ page }) => {
    await page.goto(`/${locale}/cases/xiangxi`);
    const term = page.locator("a.term").first();
    const id = await term.getAttribute("data-term");
    await term.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/glossary#${id}$`));
    const entry = page.locator(".term-entry", { has: page.locator(`h3#${id}`) });
    await expect(entry).toBeVisible();
    await expect(entry.locator(".used-by a").first()).toBeVisible();
    expect(await page.locator(".term-entry").count()).toBeGreaterThanOrEqual(20);
  });
}

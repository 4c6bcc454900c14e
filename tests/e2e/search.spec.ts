import { expect, test, type Page } from "@playwright/test";
import { LOCALES } from "./data";
import { builtSitemapPaths } from "./site-pages";

const titles = (page: Page) => page.locator(".search-results .search-hit > a.search-title");

// Texts of controls and download links on a page: none of them may turn up in a search snippet.
async function controlTexts(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const texts = await page.locator("button, .downloads a, .chart-controls, sup.cite, sup.figure-ref").allTextContents();
  return [...new Set(texts.map((t) => t.trim()).filter((t) => t.length >= 3))];
}

// The glossary entry and the Xiangxi case, by the query in each language.
const WORKSHOP = { zh: "扶贫车间", en: "poverty alleviation workshop" } as const;

for (const locale of LOCALES) {
  test.describe(`${locale}: search`, () => {
    test(`${WORKSHOP[locale]} lists the glossary entry and the Xiangxi case first, with no control text in snippets`, async ({
      page,
    }) => {
      const controls = [
        ...(await controlTexts(page, `/${locale}/cases/xiangxi`)),
        ...(await controlTexts(page, `/${locale}/glossary`)),
      ];
      await page.goto(`/${locale}/search?q=${encodeURIComponent(WORKSHOP[locale])}`);
      await expect(titles(page).first()).toBeVisible();
      const top = (await titles(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")))).slice(0, 3);
      expect(top).toContain(`/${locale}/glossary`);
      expect(top).toContain(`/${locale}/cases/xiangxi`);
      // The glossary result leads with the term's own entry.
      const glossary = page.locator(".search-hit", { has: page.locator(`a.search-title[href="/${locale}/glossary"]`) });
      await expect(glossary.locator("ul a").first()).toHaveAttribute("href", `/${locale}/glossary#fupin-chejian`);
      const snippets = await page.locator(".search-results .search-snippet").allTextContents();
      expect(snippets.length).toBeGreaterThan(0);
      for (const s of snippets) {
        for (const c of controls) expect(s, `snippet holds control text "${c}"`).not.toContain(c);
        expect(s).not.toMatch(/\[\d/);
      }
    });

    test("typing in the search page updates ?q= and Back returns to the results", async ({ page }) => {
      await page.goto(`/${locale}/glossary`);
      await page.goto(`/${locale}/search`);
      // Typed before React runs the box, the text would be lost.
      await expect(page.locator("main [role=search][data-hydrated]")).toHaveCount(1);
      const box = page.locator("main").getByRole("combobox");
      await box.fill("扶贫");
      await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=${encodeURIComponent("扶贫")}$`));
      await expect(titles(page).first()).toBeVisible();
      await titles(page).first().click();
      await page.goBack();
      await expect(page).toHaveURL(/\?q=/);
      await expect(page.locator("main").getByRole("combobox")).toHaveValue("扶贫");
      await expect(titles(page).first()).toBeVisible();
    });

    test("the header dropdown works with the arrow keys, Enter and Escape", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("header [role=search][data-hydrated]")).toHaveCount(1);
      const box = page.locator("header").getByRole("combobox");
      await box.fill("Shibadong");
      const options = page.locator("header [role=option]");
      await expect(options.first()).toBeVisible();
      await expect(box).toHaveAttribute("aria-expanded", "true");
      await box.press("ArrowDown");
      await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
      await expect(box).toHaveAttribute("aria-activedescendant", (await options.nth(0).getAttribute("id"))!);
      await box.press("ArrowDown");
      await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
      await box.press("ArrowUp");
      await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
      await box.press("Escape");
      await expect(page.locator("header .search-results")).toBeHidden();
      await box.press("ArrowDown");
      const href = await options.nth(0).getAttribute("href");
      await box.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.?]/g, "\\$&")}$`));
    });
  });
}

test("易地搬迁 on /en finds pages and labels the Chinese ones", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent("易地搬迁")}`);
  await expect(titles(page).first()).toBeVisible();
  const zhHit = page.locator('.search-hit[data-lang="zh"]').first();
  await expect(zhHit).toBeVisible();
  await expect(zhHit.locator(".search-lang")).toHaveText("Chinese page");
  await expect(page.locator('.search-hit[data-lang="en"] .search-lang')).toHaveCount(0);
});

// Each query, the word the English pages found must hold (Pagefind stems: "relocation" finds "relocated").
for (const [q, word] of [
  ["Shibadong", /shibadong/i],
  ["relocation", /relocat/i],
] as const)
  test(`${q} on /zh finds the English pages and labels them`, async ({ page, request }) => {
    await page.goto(`/zh/search?q=${q}`);
    await expect(page.locator('.search-hit[data-lang="en"] a.search-title[href="/en/cases/xiangxi"]')).toBeVisible();
    await expect(page.locator('.search-hit[data-lang="en"] .search-lang').first()).toHaveText("英文页面");
    // Found, not merely listed: every English page among the results holds the word, and a page without it is left out.
    const hrefs = await page
      .locator('.search-hit[data-lang="en"] a.search-title')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const holds = async (href: string) => word.test(await (await request.get(href)).text());
    for (const href of hrefs) expect(await holds(href), `${href} holds ${word}`).toBe(true);
    const without: string[] = [];
    for (const p of (builtSitemapPaths() ?? []).filter((p) => p.startsWith("/en")))
      if (!(await holds(p))) without.push(p);
    expect(without.length, "English pages without the word, which search must leave out").toBeGreaterThan(0);
    expect(hrefs.filter((h) => without.includes(h))).toEqual([]);
  });

test("a Chinese snippet never starts or ends inside a word", async ({ page }) => {
  await page.goto(`/zh/search?q=${encodeURIComponent("扶贫攻坚")}`);
  await expect(titles(page).first()).toBeVisible();
  for (const s of await page.locator(".search-results .search-snippet").allTextContents())
    expect(s).not.toMatch(/(^|[^八])七扶贫攻坚计划/);
});

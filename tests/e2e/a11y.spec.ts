import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = [
  "/zh",
  "/en/cases",
  "/zh/cases/xiangxi",
  "/en/cases/zhuxi",
  "/en/compare",
  "/zh/glossary",
  "/en/glossary",
  "/en/indicators/poverty_incidence",
  "/zh/data",
  "/en/about",
  "/zh/about/editing",
  "/en/search",
  "/en/cases/xiangxi/editions",
  "/zh/cases/xiangxi/editions/2",
  "/en/changelog",
];

// Automated WCAG 2.1 A/AA checks; they catch missing names, labels, contrast and structure errors.
for (const url of PAGES) {
  test(`no WCAG A/AA violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")} — ${v.help}`)).toEqual(
      [],
    );
  });
}

test("the case page can be used from the keyboard: skip link, then the main content", async ({ page }) => {
  await page.goto("/en/cases/lichuan");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

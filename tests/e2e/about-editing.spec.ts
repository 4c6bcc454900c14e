import { expect, test, type Page } from "@playwright/test";
import { LOCALES } from "./data";

// The one deliberate pointer into the repository: the line for would-be editors names the guide's file, as text.
const GUIDE_PATHS = ["docs/editing.zh.md", "docs/editing.md"];
// What would mean the repository's text had leaked onto the page again.
const REPOSITORY_TEXT = ["localhost", "npm ", ".md", "git "];

const sections = (page: Page) =>
  page
    .locator("main")
    .getByRole("heading", { level: 2 })
    .evaluateAll((hs) => hs.map((h) => h.id));

test("how cases are written and checked: the same sections in both languages, and no repository text", async ({
  page,
}) => {
  const ids: Record<string, string[]> = {};
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/about/editing`);
    ids[locale] = await sections(page);
    let text = (await page.locator("body").innerText()).toLowerCase();
    for (const p of GUIDE_PATHS) text = text.replaceAll(p, " ");
    for (const s of REPOSITORY_TEXT) expect(text, `/${locale}/about/editing shows "${s}"`).not.toContain(s);
    // The guide is named, not linked: no link on the page leads into the repository or to a local server.
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.filter((h) => /localhost|\.md(#|$)/.test(h))).toEqual([]);
    await expect(page.locator("main code", { hasText: "docs/editing.md" })).toHaveCount(1);
  }
  expect(ids.zh!.length).toBeGreaterThanOrEqual(4);
  expect(ids.en!.length).toBe(ids.zh!.length);
  expect(ids.en).toEqual(ids.zh);
});

import { expect, test, type Page } from "@playwright/test";
import { glossaryTerms, LOCALES, message } from "./data";

type Term = ReturnType<typeof glossaryTerms>[number];
const TERMS = glossaryTerms();

// What the index sorts by in each language: the pinyin's letters (tone marks, spaces and hyphens aside, ü as v) or the
// English name; the expectations below come from content/glossary, not from the page's code.
const sortKey = { zh: (t: Term) => t.pinyin, en: (t: Term) => t.en } as const;
const pinyinLetters = (s: string) =>
  s
    .normalize("NFD")
    .toLowerCase()
    .replace(/u\u0308/g, "v")
    .replace(/[^a-z]/g, "");
const inOrder = {
  zh: (a: Term, b: Term) => pinyinLetters(a.pinyin) <= pinyinLetters(b.pinyin),
  en: (a: Term, b: Term) => a.en.localeCompare(b.en, "en", { sensitivity: "base", numeric: true }) <= 0,
} as const;
const letterOf = (locale: "zh" | "en", t: Term) => {
  const c = sortKey[locale](t)
    .normalize("NFD")
    .match(/[\p{L}\p{N}]/u)![0]
    .toUpperCase();
  return /[A-Z]/.test(c) ? c : /[0-9]/.test(c) ? "0–9" : "#";
};

const index = (page: Page, locale: "zh" | "en") =>
  page.getByRole("navigation", { name: message(locale, "Glossary.index"), exact: true });

for (const locale of LOCALES) {
  test.describe(`${locale}: the glossary's letter index`, () => {
    test("links only letters that have terms, in order, each to its group's heading", async ({ page }) => {
      await page.goto(`/${locale}/glossary`);
      const expected = [...new Set(TERMS.map((t) => letterOf(locale, t)))].sort();
      const links = index(page, locale).getByRole("link");
      expect(await links.allTextContents()).toEqual(expected);
      for (const link of await links.all()) {
        const href = (await link.getAttribute("href"))!;
        expect(href).toMatch(/^#/);
        await expect(page.getByRole("heading", { level: 2 }).and(page.locator(`[id="${href.slice(1)}"]`))).toHaveText(
          (await link.textContent())!,
        );
      }
    });

    test("lists every term exactly once, under its letter, sorted within the letter", async ({ page }) => {
      await page.goto(`/${locale}/glossary`);
      await expect(page.locator("main").getByRole("heading", { level: 3 })).toHaveCount(TERMS.length);
      for (const t of TERMS) await expect(page.locator(`[id="${t.id}"]`)).toHaveCount(1);
      for (const letter of new Set(TERMS.map((t) => letterOf(locale, t)))) {
        const group = page.getByRole("region", { name: letter, exact: true });
        const ids = await group.getByRole("heading", { level: 3 }).evaluateAll((hs) => hs.map((h) => h.id));
        const terms = ids.map((id) => TERMS.find((t) => t.id === id)!);
        expect(ids.sort()).toEqual(
          TERMS.filter((t) => letterOf(locale, t) === letter)
            .map((t) => t.id)
            .sort(),
        );
        for (let i = 1; i < terms.length; i++)
          expect(
            inOrder[locale](terms[i - 1]!, terms[i]!),
            `${sortKey[locale](terms[i - 1]!)} before ${sortKey[locale](terms[i]!)}`,
          ).toBe(true);
      }
    });

    test("works from the keyboard and without JavaScript, and wraps at 390 px", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`/${locale}/glossary`);
      const links = index(page, locale).getByRole("link");
      const last = links.last();
      const target = (await last.getAttribute("href"))!;
      await last.focus();
      await expect(last).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary${target}$`));
      await expect(page.locator(target)).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      // The row wraps: the first and the last letter sit on different lines, both inside the screen.
      const [a, b] = [await links.first().boundingBox(), await last.boundingBox()];
      expect(b!.y).toBeGreaterThan(a!.y);
      expect(b!.x + b!.width).toBeLessThanOrEqual(390);
      await context.close();
    });
  });
}

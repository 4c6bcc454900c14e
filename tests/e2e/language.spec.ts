import { expect, test } from "@playwright/test";
import { BUILT_SITEMAP, builtSitemapPaths, internalNotes, messagePieces } from "./site-pages";

const CJK = /[\u3400-\u9fff]/;
const zh = messagePieces("zh");
const en = messagePieces("en");
// On /zh: English pieces of messages/en.json that no Chinese message shares (so "CSV" or "BibTeX" are allowed).
const forbiddenOnZh = en.filter((p) => /[A-Za-z]{3,}/.test(p) && p.length >= 4 && !zh.some((z) => z.includes(p)));
// On /en: Chinese pieces of messages/zh.json that no English message shares (so the switcher's "中文" is allowed).
// A lone character (版, 第) is too common to say which language a passage is in; two or more are.
const forbiddenOnEn = zh.filter((p) => CJK.test(p) && [...p].length >= 2 && !en.some((e) => e.includes(p)));
const SEED_FILE = /\d{3}_[0-9a-f]{16}\.txt/;
const notes = internalNotes().filter((n) => !SEED_FILE.test(n));
// The site's full name in each language (a tab reads "Lichuan · China Poverty Alleviation Case Library", not a short form).
const SITE_NAME = { zh: "中国减贫案例库", en: "China Poverty Alleviation Case Library" } as const;

// One test per page of the build's site map (charts.spec checks it is the one the server serves): a slow page spends its own time.
const PATHS = builtSitemapPaths();

test.describe("every public page speaks one language, carries the site's name in its title, hides internal notes and offers no localhost URL", () => {
  test("the build has a site map of the whole site", () => {
    expect(PATHS, `no ${BUILT_SITEMAP}: run npm run build first`).not.toBeNull();
    expect(PATHS!.length).toBeGreaterThan(20);
  });
  for (const p of PATHS ?? [])
    test(p, async ({ page }) => {
      const problems: string[] = [];
      const locale = p.startsWith("/en") ? "en" : "zh";
      await page.goto(p);
      // The page's own-language text: code samples and passages marked with another lang attribute are left out.
      const text = await page.evaluate(
        (tag) => {
          const clone = document.body.cloneNode(true) as HTMLElement;
          clone.querySelectorAll("script, style, noscript, code, pre, template").forEach((e) => e.remove());
          clone.querySelectorAll("[lang]").forEach((e) => {
            if (!e.getAttribute("lang")!.startsWith(tag)) e.remove();
          });
          const attrs = [...document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")]
            .filter((e) => (e.closest("[lang]")?.getAttribute("lang") ?? tag).startsWith(tag))
            .flatMap((e) => ["aria-label", "title", "placeholder", "alt"].map((a) => e.getAttribute(a) ?? ""));
          return `${clone.textContent ?? ""}\n${attrs.join("\n")}`;
        },
        locale === "zh" ? "zh" : "en",
      );
      const full = await page.evaluate(() => document.documentElement.outerHTML);
      // Paths, URLs, file names and field names (permalinks, API endpoints, regions.csv, title_en, titleEn) are not UI
      // strings: "/zh/cases/…" is not the English "cases", nor the column title_en the English "title".
      const prose = text.replace(
        /\S*\/\S*|[\w.-]+\.(csv|json|sqlite|db|mdx|yaml|xml)|\b[a-z]+(_[a-z]+)+\b|\b[a-z]+([A-Z][a-z]+)+\b/g,
        " ",
      );
      for (const piece of locale === "zh" ? forbiddenOnZh : forbiddenOnEn)
        if (prose.includes(piece))
          problems.push(`${p}: shows the ${locale === "zh" ? "English" : "Chinese"} UI string "${piece}"`);
      const title = await page.title();
      if (!title.includes(SITE_NAME[locale]))
        problems.push(`${p}: title "${title}" lacks the site's name in its language`);
      if (SEED_FILE.test(full)) problems.push(`${p}: shows a seed file name`);
      // Served from another host, no page offers the build machine's localhost:3000.
      const body = await page.locator("body").innerText();
      if (body.includes("localhost:3000") && !(process.env.SITE_URL ?? "").includes("localhost:3000"))
        problems.push(`${p}: offers a localhost:3000 URL`);
      for (const n of notes) if (full.includes(n)) problems.push(`${p}: shows an internal note: ${n.slice(0, 60)}…`);
      expect(problems).toEqual([]);
    });
});

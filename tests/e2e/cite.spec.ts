import fs from "node:fs";
import path from "node:path";
import CSL from "citeproc";
import { expect, test, type Page } from "@playwright/test";
import { serverOnlyInClientChunks } from "../../scripts/client-chunks";
import { frontmatter } from "./data";

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
const MONTHS = "January February March April May June July August September October November December".split(" ");
const SITE = { zh: "中国减贫案例库", en: "China Poverty Alleviation Case Library" };
// Chicago writes English titles in headline case (CMOS 8.159): this one's, by hand.
const CHICAGO_TITLE = {
  zh: frontmatter("xiangxi", "zh").title,
  en: "Xiangxi: Seven Years of Poverty Alleviation Where the Targeted Approach Began",
};

// The reader's origin unless the build had SITE_URL.
const origin = (page: Page) => process.env.SITE_URL?.replace(/\/$/, "") ?? new URL(page.url()).origin;

// The citation cites the edition the page shows (its header names it): its permanent URL, date and number.
async function shownEdition(page: Page) {
  const link = page.locator(".case-header a[data-edition]");
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/\/cases\/xiangxi\/editions\/\d+$/);
  return {
    url: `${origin(page)}${href}`,
    date: (await link.getAttribute("data-date"))!,
    number: Number(await link.getAttribute("data-edition")),
  };
}

// citeproc-js, as a reference manager would run it, on a downloaded CSL-JSON file.
function citeprocBibliography(items: { id: string }[], style: string, lang: string): string[] {
  const dir = path.resolve("lib/format/csl");
  const engine = new CSL.Engine(
    {
      retrieveLocale: (l: string) =>
        fs.readFileSync(path.join(dir, `locales-${l.startsWith("zh") ? "zh-CN" : "en-US"}.xml`), "utf8"),
      retrieveItem: (id: string) => items.find((i) => i.id === id),
    },
    fs.readFileSync(path.join(dir, style), "utf8"),
    lang,
    true,
  );
  engine.setOutputFormat("text");
  engine.updateItems(items.map((i) => i.id));
  return (engine.makeBibliography() as [unknown, string[]])[1].map((s) => s.trim());
}

for (const locale of ["zh", "en"] as const) {
  test(`${locale}: the citation box shows each style, formatted on the server, with today's access date`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/cases/xiangxi`);
    await page.waitForFunction(() => document.querySelector(".citation button") !== null);
    const { url, date: updated, number } = await shownEdition(page);
    const { title } = frontmatter("xiangxi", locale);
    const [y, m, d] = updated.split("-").map(Number);
    const accessed = today();
    const [ay, am, ad] = accessed.split("-").map(Number);
    const site = SITE[locale];
    const expected: Record<string, string> = {
      // GB/T 7714-2015 §4.6: 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
      ...(locale === "zh" ? { gbt7714: `${site}. ${title}[EB/OL]. (${updated})[${accessed}]. ${url}.` } : {}),
      // APA 7, web page by a group author that is also the site: no site name, no full stop after the URL.
      apa7: `${site}. (${y}, ${MONTHS[m! - 1]} ${d}). ${title}. ${url}`,
      // Chicago names the edition cited as the web page's version.
      chicago: `${site}. ${y}. “${CHICAGO_TITLE[locale]}.” Version ${number}. ${MONTHS[m! - 1]} ${d}. ${url}.`,
    };
    for (const [format, text] of Object.entries(expected))
      await expect(page.getByTestId(`citation-${format}`)).toHaveText(text, { useInnerText: true });
    await expect(page.getByTestId("citation-gbt7714")).toHaveCount(locale === "zh" ? 1 : 0);
    const bibtex = page.getByTestId("citation-bibtex");
    await expect(bibtex).toContainText(`@online{pcl-xiangxi-${locale}-v${number},`);
    await expect(bibtex).toContainText(`urldate = {${accessed}}`);
    await expect(bibtex).toContainText(`url = {${url}}`);
    await expect(bibtex).toContainText(`title = {${title}}`);
    const ris = page.getByTestId("citation-ris");
    await expect(ris).toContainText(`TI  - ${title}`);
    await expect(ris).toContainText(`M1  - ${ay}/${am}/${ad}/`);
    await expect(ris).toContainText(`UR  - ${url}`);
    await expect(page.getByTestId("permalink")).toHaveText(url);
  });
}

test("zh: GB/T 7714 has no English words; the page's HTML carries the citations before any script runs", async ({
  page,
  request,
}) => {
  await page.goto("/zh/cases/xiangxi");
  const { date, number } = await shownEdition(page);
  const gbt = await page.getByTestId("citation-gbt7714").innerText();
  // The URL (a path until the page hydrates, when the build had no SITE_URL) and the type code aside.
  expect(gbt.replace(/\S*\/zh\/cases\/xiangxi\/editions\/\d+/, "").replace("[EB/OL]", "")).not.toMatch(/[A-Za-z]/);
  const html = await (await request.get("/zh/cases/xiangxi")).text();
  expect(html).toContain(`[EB/OL]. (${date})[`);
  expect(html).toContain(`@online{pcl-xiangxi-zh-v${number},`);
});

test("the copy button copies the citation as shown", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/zh/cases/xiangxi");
  for (const format of ["gbt7714", "ris"]) {
    const box = page.locator(`.citation[data-format="${format}"]`);
    await box.getByRole("button", { name: "复制" }).click();
    await expect(box.getByRole("button", { name: "已复制" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByTestId(`citation-${format}`).innerText());
    expect(copied).toContain(today().slice(0, 4));
  }
  await context.close();
});

test("the CSL-JSON download is a valid CSL-JSON item that citeproc formats as the page does", async ({ page }) => {
  await page.goto("/en/cases/xiangxi");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("cite-json").click()]);
  expect(download.suggestedFilename()).toBe("cite.json");
  const items = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  const { title } = frontmatter("xiangxi", "en");
  const { date: updated, number } = await shownEdition(page);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    id: `pcl-xiangxi-en-v${number}`,
    version: String(number),
    type: "webpage",
    title,
    author: [{ literal: SITE.en }],
    language: "en",
    issued: { "date-parts": [updated.split("-").map(Number)] },
  });
  // No access date in a file: the reference manager records its own.
  expect(items[0]).not.toHaveProperty("accessed");
  const [apa] = citeprocBibliography(items, "apa.csl", "en-US");
  expect(apa).toBe(
    (await page.getByTestId("citation-apa7").innerText()).replace(/https?:\/\/[^/]+/, new URL(items[0].URL).origin),
  );
});

test("the data page and a case's source list export the sources as CSL-JSON, BibTeX and RIS", async ({
  page,
  request,
}) => {
  await page.goto("/zh/data");
  const all = page.locator(".cite-files").first();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    all.getByRole("link", { name: "CSL-JSON" }).click(),
  ]);
  const items = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as { id: string; URL?: string }[];
  const csvIds = fs
    .readFileSync("content/data/sources.csv", "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(",")[0]);
  expect(items.map((i) => i.id).sort()).toEqual(csvIds.sort());
  const gbt = citeprocBibliography(items, "china-national-standard-gb-t-7714-2015-numeric.csl", "zh-CN");
  expect(gbt).toHaveLength(items.length);
  expect(
    gbt.filter((e) => /^\[\d+\] 陆娅楠\. 全国农村贫困人口去年减少1109万人\[N\]\. 人民日报, 2020-01-25\(1\)\.$/.test(e)),
  ).toHaveLength(1);
  for (const ext of ["bib", "ris"]) {
    const res = await request.get(`/en/data/sources.${ext}`);
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text.match(ext === "bib" ? /^@\w+\{/gm : /^TY {2}- /gm)).toHaveLength(items.length);
  }

  // The case page: all its sources in the list's order, and each source on its own.
  await page.goto("/en/cases/xiangxi");
  const listed = await page
    .locator(".source-list > li")
    .evaluateAll((lis) => lis.map((li) => li.id.replace(/^source-/, "")));
  const caseItems = await (await request.get("/en/cases/xiangxi/sources.json")).json();
  expect(caseItems.map((i: { id: string }) => i.id)).toEqual(listed);
  const one = page.locator(`#source-${listed[0]} .cite-files`).getByRole("link", { name: "RIS" });
  expect(await one.getAttribute("href")).toBe(`/en/data/sources/${listed[0]}.ris`);
  const ris = await (await request.get(`/en/data/sources/${listed[0]}.ris`)).text();
  expect(ris).toMatch(/^TY {2}- \w+\n[\s\S]*\nER {2}- \n$/);
});

test("no citation engine reaches the browser: citeproc and citation-js are in no client chunk", () => {
  expect(fs.readdirSync(".next/static/chunks").length).toBeGreaterThan(0);
  expect(serverOnlyInClientChunks()).toEqual([]);
  // The check finds them where they are.
  expect(serverOnlyInClientChunks("node_modules/citeproc").length).toBeGreaterThan(0);
  expect(serverOnlyInClientChunks("node_modules/@citation-js/plugin-bibtex").length).toBeGreaterThan(0);
});

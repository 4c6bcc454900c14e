import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { publicCsv } from "../../lib/dataset/public-csv";
import { drawnObservations, frontmatter } from "./data";

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const long = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
};

for (const locale of ["zh", "en"] as const) {
  test.describe(`${locale}: researcher tools on the Xiangxi case`, () => {
    test("the chart tooltip opens from the keyboard with value, year, basis and source", async ({ page }) => {
      await page.goto(`/${locale}/cases/xiangxi`);
      await page.waitForFunction(() => document.querySelector(".chart-controls button") !== null);
      const chart = page.locator("#incidence-chart .chart-frame");
      await chart.focus();
      await expect(chart).toBeFocused();
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowRight");
      const tooltip = page.locator("#incidence-chart [data-testid=chart-tooltip]");
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText("2012");
      await expect(tooltip).toContainText(locale === "zh" ? "国家统计局农村住户调查" : "NBS rural household survey");
      await expect(tooltip).toContainText("10.2%");
      await expect(tooltip).toContainText(/\[\d+\]/);
    });

    test("the chart-data CSV download equals the database rows the chart draws (the preferred value where sources disagree)", async ({
      page,
    }) => {
      await page.goto(`/${locale}/cases/xiangxi`);
      await page.waitForFunction(() => document.querySelector(".chart-controls button") !== null);
      await page.locator("#incidence-chart details.downloads summary").click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("#incidence-chart details.downloads a").first().click(),
      ]);
      const text = fs.readFileSync((await download.path())!, "utf8");
      expect(text.charCodeAt(0), "UTF-8 BOM").toBe(0xfeff);
      const rows: Record<string, string>[] = parse(text, { columns: true, bom: true });
      expect(rows.every((r) => r.source_title && r.source_title !== r.source)).toBe(true);
      const db = new Database("prisma/data.db", { readonly: true });
      const expected = db
        .prepare(
          "SELECT regionSlug AS region, year, value, decimals, basisKey AS basis, sourceId AS source FROM Observation WHERE indicatorKey='poverty_incidence' AND regionSlug IN ('xiangxi','china')",
        )
        .all() as { region: string; year: number; value: number; decimals: number; basis: string; source: string }[];
      db.close();
      // Where sources disagree the chart draws the preferred source's value (disagreements.csv), and so does its CSV.
      const drawn = new Set(
        ["xiangxi", "china"].flatMap((region) =>
          drawnObservations({ region, indicator: "poverty_incidence" }).map(
            (o) => `${o.region}|${o.year}|${o.basis}|${o.source}`,
          ),
        ),
      );
      const key = (r: Record<string, string | number>) => `${r.region}|${r.year}|${r.basis}|${r.source}|${r.value}`;
      expect(rows.map(key).sort()).toEqual(
        expected
          .filter((r) => drawn.has(`${r.region}|${r.year}|${r.basis}|${r.source}`))
          .map((r) => key({ ...r, value: r.value.toFixed(r.decimals) }))
          .sort(),
      );
      expect(rows.every((r) => r.indicator === "poverty_incidence" && r.unit === "percent")).toBe(true);
    });

    test("the SVG download is a valid standalone SVG of the chart", async ({ page }) => {
      await page.goto(`/${locale}/cases/xiangxi`);
      await page.waitForFunction(() => document.querySelector(".chart-controls button") !== null);
      await page.locator("#incidence-chart details.downloads summary").click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator("#incidence-chart details.downloads button").first().click(),
      ]);
      // Named after the regions drawn, the indicator and the page's language.
      expect(download.suggestedFilename()).toBe(`xiangxi_china-poverty_incidence-${locale}.svg`);
      const svg = fs.readFileSync((await download.path())!, "utf8");
      const check = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return {
          error: doc.getElementsByTagName("parsererror").length,
          root: doc.documentElement.namespaceURI,
          points: doc.querySelectorAll("circle.chart-point").length,
        };
      }, svg);
      expect(check).toEqual({
        error: 0,
        root: "http://www.w3.org/2000/svg",
        points: await page.locator('#incidence-chart .chart-variant[data-w="720"] circle.chart-point').count(),
      });
      // Title, legend, source line, page URL and licence travel with the image.
      expect(svg).toContain(await page.locator("#incidence-chart .chart-title").innerText());
      expect(svg).toContain("CC BY 4.0");
      expect(svg).toContain("/cases/xiangxi#incidence-chart");
      expect(svg).toContain(locale === "zh" ? "来源" : "Source");
    });
  });
}

test("the PNG download is a PNG image of the chart", async ({ page }) => {
  await page.goto("/en/cases/xiangxi");
  await page.waitForFunction(() => document.querySelector(".chart-controls button") !== null);
  await page.locator("#incidence-chart details.downloads summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#incidence-chart details.downloads button").nth(1).click(),
  ]);
  expect(download.suggestedFilename()).toBe("xiangxi_china-poverty_incidence-en.png");
  const png = fs.readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  // The widest drawing (720 px) with 20 px margins, at 2×; taller than the chart, for title, legend and source lines.
  expect(png.readUInt32BE(16)).toBe((720 + 40) * 2);
  const chartHeight = await page
    .locator('#incidence-chart .chart-variant[data-w="720"] svg')
    .evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.height);
  expect(png.readUInt32BE(20)).toBeGreaterThan((chartHeight + 100) * 2);
});

test("citations of the Xiangxi case, in every format, in both languages", async ({ page }) => {
  const accessed = today();
  const zhDate = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return `${y}年${m}月${d}日`;
  };
  for (const locale of ["zh", "en"] as const) {
    await page.goto(`/${locale}/cases/xiangxi`);
    // SITE_URL when the build had one; otherwise the reader's own origin, never localhost:3000 on another host.
    const origin = process.env.SITE_URL?.replace(/\/$/, "") ?? new URL(page.url()).origin;
    // The citation cites the current edition: its permanent URL and its date, as the page's header gives them.
    const edition = page.locator(".case-header a[data-edition]");
    const url = `${origin}${await edition.getAttribute("href")}`;
    expect(url).toMatch(new RegExp(`/${locale}/cases/xiangxi/editions/\\d+$`));
    const updated = (await edition.getAttribute("data-date"))!;
    const { title } = frontmatter("xiangxi", locale);
    const [y, m, d] = updated.split("-").map(Number);
    const site = locale === "zh" ? "中国减贫案例库" : "China Poverty Alleviation Case Library";
    const expected = {
      gbt7714: `${site}. ${title}[EB/OL]. (${updated})[${accessed}]. ${url}.`,
      apa7:
        locale === "zh"
          ? `${site}. (${zhDate(updated)}). ${title}. ${zhDate(accessed)}检索自 ${url}`
          : `${site}. (${y}, ${MONTHS[m! - 1]} ${d}). ${title}. Retrieved ${long(accessed)}, from ${url}`,
      bibtex: `@online{pcl-xiangxi-${locale},\n  author = {{${site}}},\n  title = {${title}},\n  year = {${y}},\n  date = {${updated}},\n  url = {${url}},\n  urldate = {${accessed}},\n  langid = {${locale === "zh" ? "chinese" : "english"}},\n  organization = {${site}}\n}`,
      ris: `TY  - ELEC\nAU  - ${site}\nTI  - ${title}\nPY  - ${y}\nDA  - ${updated.replace(/-/g, "/")}\nY2  - ${accessed.replace(/-/g, "/")}\nUR  - ${url}\nPB  - ${site}\nLA  - ${locale}\nER  - `,
    };
    await expect(page.getByTestId("permalink")).toHaveText(url);
    for (const [format, text] of Object.entries(expected))
      await expect(page.getByTestId(`citation-${format}`)).toHaveText(text, { useInnerText: true });
    if (locale === "zh")
      for (const format of Object.keys(expected))
        expect(await page.getByTestId(`citation-${format}`).innerText()).not.toMatch(
          /Retrieved|from|November|December/,
        );
  }
});

test("a figure links to its source entry and the entry links back", async ({ page }) => {
  await page.goto("/en/cases/xiangxi");
  const figure = page.locator(".prose a.figure").first();
  const id = await figure.getAttribute("id");
  await figure.click();
  const entry = page.locator(`${await figure.getAttribute("href")}`);
  await expect(entry).toBeInViewport();
  await entry.locator(`a[href="#${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test("each case has an Open Graph image per language, rendered as a 1200×630 PNG", async ({ page, request }) => {
  for (const slug of ["lichuan", "xiangxi", "hunan", "zhuxi"])
    for (const locale of ["zh", "en"]) {
      await page.goto(`/${locale}/cases/${slug}`);
      const url = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
      const res = await request.get(url.pathname + url.search);
      expect(res.status()).toBe(200);
      const png = await res.body();
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
});

test("the print stylesheet drops navigation and keeps the case, its figures and its sources", async ({ page }) => {
  await page.goto("/en/cases/lichuan");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator("nav.toc")).toBeHidden();
  await expect(page.locator(".downloads").first()).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#sources")).toBeVisible();
  await expect(page.locator(".source-list li").first()).toBeVisible();
  await expect(page.locator("a.figure").first()).toBeVisible();
});

test("the bulk download serves every CSV file and the SQLite database, identical to the build's", async ({
  page,
  request,
}) => {
  await page.goto("/zh/data");
  const links = await page
    .locator("#bulk ~ ul a, section:has(#bulk) ul a")
    .evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  expect(links).toEqual(
    expect.arrayContaining(["/data/observations.csv", "/data/sources.csv", "/data/poverty-cases.sqlite"]),
  );
  for (const href of links) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    // The published copies are the reviewed files without the editors' internal columns.
    const name = href.split("/").at(-1)!;
    if (href.endsWith(".csv"))
      expect((await res.text()).trim()).toBe(publicCsv(name, fs.readFileSync(`content/data/${name}`, "utf8")).trim());
    else expect((await res.body()).subarray(0, 15).toString("latin1")).toBe("SQLite format 3");
  }
  // One dictionary table per published CSV file.
  await expect(page.locator("#dictionary ~ div table.dictionary")).toHaveCount(
    links.filter((href) => href.endsWith(".csv")).length,
  );
});

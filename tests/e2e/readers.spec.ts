import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { drawnObservations, LOCALES, observations } from "./data";
import { builtSitemapPaths } from "./site-pages";

// Issue 19: every chart says what it shows, a region keeps its colour, compare works by keyboard, and Chinese pages
// are set as Chinese is set.

const INDICATORS: Record<string, string>[] = parse(fs.readFileSync("content/data/indicators.csv", "utf8"), {
  columns: true,
});
const UNIT_LABEL: Record<string, { zh: string; en: string }> = {
  percent: { zh: "%", en: "%" },
  persons: { zh: "人", en: "people" },
  "10k_persons": { zh: "万人", en: "10,000 people" },
  households: { zh: "户", en: "households" },
  villages: { zh: "个村", en: "villages" },
  counties: { zh: "个县", en: "counties" },
  "100m_yuan": { zh: "亿元", en: "100 million yuan" },
  yuan: { zh: "元", en: "yuan" },
  yuan_per_year: { zh: "元/年", en: "yuan a year" },
  yuan_per_month: { zh: "元/月", en: "yuan a month" },
};

const charted = INDICATORS.filter((i) => observations({ indicator: i.key }).length > 0);

// One test per indicator page, so a slow page spends its own time.
for (const locale of LOCALES)
  test.describe(`${locale}: each indicator page's chart names its own indicator and unit, and no other indicator`, () => {
    const name = locale === "zh" ? "name_zh" : "name_en";
    const incidence = INDICATORS.find((i) => i.key === "poverty_incidence")![name]!;
    test("the dataset has several charted indicators", () => {
      expect(charted.length).toBeGreaterThan(5);
    });
    for (const ind of charted)
      test(ind.key!, async ({ page }) => {
        await page.goto(`/${locale}/indicators/${ind.key}`);
        const chart = page.locator("#indicator-chart");
        await expect(chart.locator(".chart-title")).toContainText(ind[name]!);
        await expect(chart.locator(".chart-subtitle")).toContainText(UNIT_LABEL[ind.unit!]![locale]);
        // The caption and subtitle describe this chart (they once said "Poverty incidence by year" on every page).
        if (ind.key !== "poverty_incidence")
          for (const part of [".chart-caption", ".chart-subtitle", "[data-testid=chart-summary]"])
            for (const el of await chart.locator(part).all()) await expect(el).not.toContainText(incidence);
        // The value axis carries the unit (a percentage's ticks carry "%" themselves).
        const axis = chart.locator('.chart-variant[data-w="720"] .axis-unit');
        if (ind.unit === "percent") await expect(axis).toHaveCount(0);
        else await expect(axis).toHaveText(UNIT_LABEL[ind.unit!]![locale]);
      });
  });

// The fill of a region's legend swatch on a page.
async function colourOf(page: Page, chart: string, region: string): Promise<string> {
  return page
    .locator(`#${chart} .chart-legend li[data-series^="${region}--"] circle`)
    .first()
    .getAttribute("fill") as Promise<string>;
}

test("a region keeps its colour on its case page, the indicator page and two different compare selections", async ({
  page,
}) => {
  await page.goto("/zh/cases/xiangxi");
  const colour = await colourOf(page, "incidence-chart", "xiangxi");
  expect(colour).toMatch(/^#[0-9A-Fa-f]{6}$/);
  await page.goto("/en/indicators/poverty_incidence");
  expect(await colourOf(page, "indicator-chart", "xiangxi")).toBe(colour);
  await page.goto("/en/compare?regions=xiangxi,china&indicator=poverty_incidence");
  expect(await colourOf(page, "compare-chart", "xiangxi")).toBe(colour);
  await page.goto("/zh/compare?regions=hunan,lichuan,xiangxi&indicator=poverty_incidence");
  expect(await colourOf(page, "compare-chart", "xiangxi")).toBe(colour);
  // …and the others on that chart have colours of their own.
  const others = [await colourOf(page, "compare-chart", "hunan"), await colourOf(page, "compare-chart", "lichuan")];
  expect(new Set([colour, ...others]).size).toBe(3);
});

test("compare's title names the indicator; the subtitle names the regions drawn and the note those without data", async ({
  page,
}) => {
  await page.goto("/en/compare?regions=xiangxi,zhuxi&indicator=poverty_incidence");
  await expect(page.locator("#compare-chart-title")).toHaveText("Poverty incidence");
  await expect(page.locator("#compare-chart .chart-subtitle")).toContainText("Xiangxi");
  await expect(page.locator("#compare-chart .chart-subtitle")).not.toContainText("Zhuxi");
  await expect(page.getByTestId("compare-missing")).toContainText("Zhuxi");
});

test("a single-region compare says how to add another, and regions left out are named, not given as slugs", async ({
  page,
}) => {
  await page.goto("/en/compare?regions=xiangxi&indicator=poverty_incidence");
  await expect(page.getByTestId("compare-one")).toContainText("Add a region");
  await page.goto("/zh/compare?regions=xiangxi,hunan,lichuan,china,zhuxi&indicator=poverty_incidence");
  await expect(page.getByTestId("compare-notice")).toContainText("竹溪县");
  await expect(page.getByTestId("compare-notice")).not.toContainText("zhuxi");
});

test.describe("compare by keyboard", () => {
  test("ArrowDown in the indicator select looks through the options without loading a page; Enter applies and focus returns", async ({
    page,
  }) => {
    const loads: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/en/compare" && r.url().includes("indicator=")) loads.push(r.url());
    });
    await page.goto("/en/compare?regions=xiangxi,hunan,china&indicator=poverty_incidence");
    await expect(page.locator("form[data-auto-apply]")).toHaveCount(1);
    loads.length = 0;
    const select = page.locator('select[name="indicator"]');
    await select.focus();
    const options = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const start = options.indexOf("poverty_incidence");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const chosen = options[start + 2]!;
    await expect(select).toHaveValue(chosen);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`indicator=${chosen}$`));
    await expect(page.getByTestId("compare-status")).toContainText(
      (await select.locator(`option[value="${chosen}"]`).innerText()).replace(/\s*\(.*$/, ""),
    );
    // Only the view chosen with Enter was loaded: the options passed over with ArrowDown were not.
    expect(
      loads.every((u) => u.includes(`indicator=${chosen}`)),
      loads.join("\n"),
    ).toBe(true);
    await expect(page.locator('select[name="indicator"]')).toBeFocused();
  });

  test("a region added from the keyboard applies when focus leaves the select, and focus comes back to it", async ({
    page,
  }) => {
    await page.goto("/en/compare?regions=xiangxi,china&indicator=poverty_incidence");
    await expect(page.locator("form[data-auto-apply]")).toHaveCount(1);
    const add = page.locator('select[name="add"]');
    await add.focus();
    await page.keyboard.press("ArrowDown");
    const added = await add.inputValue();
    expect(added).not.toBe("");
    await expect(page).toHaveURL(/regions=xiangxi,china&/);
    await page.keyboard.press("Tab");
    await expect(page).toHaveURL(new RegExp(`regions=xiangxi,china,${added}&`));
    await expect(page.locator(`input[name="regions"][value="${added}"]`)).toBeChecked();
    await expect(page.locator('select[name="add"]')).toBeFocused();
  });

  test("unticking a region applies at once, and focus goes to the add-a-region select", async ({ page }) => {
    await page.goto("/en/compare?regions=xiangxi,hunan,china&indicator=poverty_incidence");
    await expect(page.locator("form[data-auto-apply]")).toHaveCount(1);
    await page.locator('input[name="regions"][value="hunan"]').focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/regions=xiangxi,china&/);
    await expect(page.locator('select[name="add"]')).toBeFocused();
  });
});

test("the compare chart's downloads are named after the view, and the image's URL reproduces the selection", async ({
  page,
}) => {
  await page.goto("/en/compare?regions=xiangxi,hunan&indicator=poor_population");
  await page.waitForFunction(() => document.querySelector("#compare-chart .chart-controls button") !== null);
  await page.locator("#compare-chart details.downloads summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#compare-chart details.downloads button").first().click(),
  ]);
  expect(download.suggestedFilename()).toBe("xiangxi_hunan-poor_population-en.svg");
  const svg = fs.readFileSync((await download.path())!, "utf8");
  expect(svg).toContain("/en/compare?regions=xiangxi,hunan&amp;indicator=poor_population#compare-chart");
});

for (const locale of LOCALES)
  test(`${locale}: each chart has a written summary of its first and last figures`, async ({ page }) => {
    await page.goto(`/${locale}/cases/xiangxi`);
    const summary = page.locator("#incidence-chart [data-testid=chart-summary]");
    await expect(summary).toContainText(locale === "zh" ? "下降" : "down");
    await expect(summary).toContainText("2013");
    const describedBy = await page.locator("#incidence-chart .chart-frame").getAttribute("aria-describedby");
    expect(describedBy?.split(" ")).toContain(await summary.getAttribute("id"));
  });

// Every Chinese page of the site map: no slanted Han text, and no half-width comma, colon or semicolon beside a Han
// character in what a reader sees (passages marked as another language, code and URLs aside).
const ZH_PATHS = (builtSitemapPaths() ?? []).filter((p) => p.startsWith("/zh"));
test.describe("Chinese pages are set as Chinese", () => {
  test("the build has Chinese pages to check", () => {
    expect(ZH_PATHS.length).toBeGreaterThan(10);
  });
  for (const p of ZH_PATHS)
    test(p, async ({ page }) => {
      await page.goto(p);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const han = /[\u4e00-\u9fff]/;
        const skip = "script, style, code, pre, kbd, samp, svg, [hidden]";
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (!han.test(n.textContent ?? "") || el.closest(skip)) continue;
          if (!(el.closest("[lang]")?.getAttribute("lang") ?? "zh").startsWith("zh")) continue;
          if (getComputedStyle(el).fontStyle === "italic") out.push(`italic: ${n.textContent!.trim().slice(0, 40)}`);
        }
        // The page's Chinese text: code, passages in another language and hidden parts left out.
        const clone = document.body.cloneNode(true) as HTMLElement;
        clone.querySelectorAll(skip).forEach((e) => e.remove());
        clone.querySelectorAll("[lang]").forEach((e) => {
          if (!e.getAttribute("lang")!.startsWith("zh")) e.remove();
        });
        const text = clone.textContent ?? "";
        for (const m of text.matchAll(/[\u4e00-\u9fff][,:;](?!\/\/)|[,:;] ?[\u4e00-\u9fff]/g))
          out.push(`half-width: …${text.slice(Math.max(0, m.index! - 12), m.index! + 12)}…`);
        return out;
      });
      expect(problems).toEqual([]);
    });
});

test.describe("search", () => {
  const snippets = (page: Page) => page.locator(".search-results .search-snippet");

  test("电商 finds the pages about e-commerce, not Xiangxi through its 电焊工 (welders)", async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent("电商")}`);
    await expect(page.locator(".search-results .search-hit").first()).toBeVisible();
    const hrefs = await page
      .locator(".search-results .search-hit > a.search-title")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/zh/cases/hunan");
    expect(hrefs).not.toContain("/zh/cases/xiangxi");
  });

  test("a timeline snippet keeps the space between its date and its event", async ({ page }) => {
    await page.goto("/en/search?q=General%20Secretary");
    await expect(snippets(page).first()).toBeVisible();
    for (const s of await snippets(page).allTextContents()) expect(s).not.toMatch(/\d{4}[A-Z]/);
  });

  test("an indicator's snippet keeps the space between its name and its definition", async ({ page }) => {
    await page.goto("/en/search?q=recipients");
    await expect(snippets(page).first()).toBeVisible();
    for (const s of await snippets(page).allTextContents()) expect(s).not.toMatch(/recipients[A-Z]/);
  });

  for (const [locale, q, furniture] of [
    ["en", "Lichuan", /Last updated|minute read/],
    ["zh", "利川", /最后更新|阅读约需/],
  ] as const)
    test(`${locale}: snippets leave out the page's furniture (update date, reading time)`, async ({ page }) => {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
      await expect(snippets(page).first()).toBeVisible();
      for (const s of await snippets(page).allTextContents()) expect(s).not.toMatch(furniture);
    });
});

// Compare's views are URL parameters drawn on the server: each test reads the figures from content/ and computes what
// the chart must draw, then reads the points the server drew (the widest drawing's circles carry series, x and y).
const EVENTS: Record<string, string>[] = parse(fs.readFileSync("content/data/events.csv", "utf8"), { columns: true });
type Drawn = { series: string; x: number; y: number };
async function drawnPoints(page: Page): Promise<Drawn[]> {
  return page.locator('#compare-chart .chart-variant[data-w="720"] circle.chart-point').evaluateAll((els) =>
    els.map((e) => ({
      series: e.getAttribute("data-series")!,
      x: Number(e.getAttribute("data-year")),
      y: Number(e.getAttribute("data-value")),
    })),
  );
}
// The published series of a region on the poverty incidence chart, by basis: year → value.
function incidence(region: string): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const r of drawnObservations({ region, indicator: "poverty_incidence" })) {
    const id = `${region}--${r.basis}`;
    if (!out.has(id)) out.set(id, new Map());
    out.get(id)!.set(Number(r.year), Number(r.value));
  }
  return out;
}

test.describe("compare's views, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the indexed view draws each figure as its value over the first shared year's value × 100", async ({ page }) => {
    await page.goto("/en/compare?regions=lichuan,xiangxi&indicator=poverty_incidence&scale=index");
    const series = new Map([...incidence("lichuan"), ...incidence("xiangxi")].filter(([, s]) => s.size > 1));
    const shared = [...series.values()]
      .map((s) => new Set(s.keys()))
      .reduce((a, b) => new Set([...a].filter((y) => b.has(y))));
    const base = Math.min(...shared);
    expect(Number.isFinite(base), "the two regions share a year").toBe(true);
    await expect(page.locator("#compare-chart .chart-subtitle")).toContainText(`Index, ${base} = 100`);
    // The unit is the drawn one, with the published one beside it (not "Index … · Unit: %").
    await expect(page.locator("#compare-chart .chart-subtitle")).toContainText("Unit: index (figures published in %)");
    const drawn = await drawnPoints(page);
    let checked = 0;
    for (const [id, values] of series)
      for (const [year, value] of values) {
        const point = drawn.find((d) => d.series === id && d.x === year);
        expect(point, `${id} ${year}`).toBeDefined();
        expect(point!.y).toBeCloseTo((value / values.get(base)!) * 100, 6);
        checked++;
      }
    expect(checked).toBeGreaterThan(3);
    expect(drawn.length).toBe(checked);
  });

  test("the change view draws each figure minus the first shared year's", async ({ page }) => {
    await page.goto("/zh/compare?regions=lichuan,xiangxi&indicator=poverty_incidence&scale=change");
    const series = [...incidence("lichuan"), ...incidence("xiangxi")].filter(([, s]) => s.size > 1);
    const base = Math.min(...[...series[0]![1].keys()].filter((y) => series.every(([, s]) => s.has(y))));
    await expect(page.locator("#compare-chart .chart-subtitle")).toContainText(`较${base}年的变化`);
    await expect(page.locator("#compare-chart .chart-subtitle")).toContainText("单位：个百分点（原数据单位为%）");
    const drawn = await drawnPoints(page);
    for (const [id, values] of series)
      for (const [year, value] of values)
        expect(drawn.find((d) => d.series === id && d.x === year)!.y).toBeCloseTo(value - values.get(base)!, 6);
  });

  test("the view aligned on exit draws each figure at its year minus the region's exit year, with year 0 marked", async ({
    page,
  }) => {
    await page.goto("/en/compare?regions=lichuan,xiangxi&indicator=poverty_incidence&align=exit");
    const drawn = await drawnPoints(page);
    let checked = 0;
    for (const region of ["lichuan", "xiangxi"]) {
      const exit = EVENTS.find((e) => e.region === region && e.kind === "exit")!;
      const exitYear = Number(exit.date!.slice(0, 4));
      await expect(page.getByTestId("view-anchors")).toContainText(exit.label_en!);
      for (const [id, values] of incidence(region))
        for (const [year, value] of values) {
          expect(drawn.find((d) => d.series === id && d.x === year - exitYear)?.y, `${id} ${year}`).toBe(value);
          checked++;
        }
    }
    expect(drawn.length).toBe(checked);
    await expect(page.locator('#compare-chart .chart-variant[data-w="720"] .chart-xrule')).toContainText("Exit");
    await expect(page.locator("#compare-chart .chart-subtitle")).toContainText("Years from exit");
  });

  test("a region with no start event in the data is named as left out of the aligned view", async ({ page }) => {
    await page.goto("/en/compare?regions=xiangxi,china&indicator=poverty_incidence&align=start");
    const starts = (region: string) => EVENTS.some((e) => e.region === region && /^(visit|policy)$/.test(e.kind!));
    test.skip(starts("china"), "the data now hold a start for the country");
    await expect(page.getByTestId("view-left")).toContainText("China");
  });

  test("the campaign band and the exit lines are drawn on county incidence and cited under the chart", async ({
    page,
  }) => {
    await page.goto("/en/compare?regions=lichuan,xiangxi&indicator=poverty_incidence");
    const chart = page.locator('#compare-chart .chart-variant[data-w="720"]');
    await expect(chart.locator(".chart-band")).toHaveCount(1);
    await expect(chart.locator(".chart-rule")).toHaveCount(2);
    await expect(page.getByTestId("rules-note").locator("a")).toHaveCount(1);
    const href = await page.getByTestId("rules-note").locator("a").getAttribute("href");
    await expect(page.locator(href!.slice(href!.indexOf("#")))).toContainText("People");
    await page.goto("/en/compare?regions=lichuan,xiangxi&indicator=poverty_incidence&marks=none");
    await expect(chart.locator(".chart-band, .chart-rule")).toHaveCount(0);
    // The exit lines are a county's: they are not drawn for income.
    await page.goto("/en/compare?regions=lichuan,xiangxi&indicator=rural_income_per_capita");
    await expect(chart.locator("circle.chart-point").first()).toBeAttached();
    await expect(chart.locator(".chart-rule")).toHaveCount(0);
  });

  test("an unknown view parameter is named in a notice and the default view is drawn", async ({ page }) => {
    const res = await page.goto("/en/compare?regions=lichuan,xiangxi&indicator=poverty_incidence&scale=log");
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("compare-notice")).toContainText("scale=log");
    await expect(page.locator("#compare-chart .chart-subtitle")).not.toContainText("Index");
  });

  for (const path of [
    "/en/compare?regions=lichuan,hunan&indicator=poverty_incidence&scale=index&align=exit",
    "/en/cases/filter?theme=ecommerce",
    "/en/search?q=relocation",
  ])
    test(`the language switch keeps the query: ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.getByTestId("locale-switcher").click();
      await expect(page).toHaveURL(path.replace("/en/", "/zh/"));
      await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
    });

  test("the search page keeps its query in the box after a reload", async ({ page }) => {
    await page.goto("/zh/search?q=易地扶贫搬迁");
    // The header's search box stays empty; the page's own (the last on the page) holds the query.
    await expect(page.locator('input[name="q"]').last()).toHaveValue("易地扶贫搬迁");
  });
});

test("a view's CSV carries the drawn x and index beside the published figures", async ({ page }) => {
  await page.goto("/en/compare?regions=lichuan,xiangxi&indicator=poverty_incidence&scale=index&align=exit");
  await page.waitForFunction(() => document.querySelector("#compare-chart .chart-controls button") !== null);
  await page.locator("#compare-chart details.downloads summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#compare-chart details.downloads a", { hasText: "CSV" }).first().click(),
  ]);
  const rows: Record<string, string>[] = parse(fs.readFileSync((await download.path())!, "utf8"), {
    columns: true,
    bom: true,
  });
  expect(rows.length).toBeGreaterThan(3);
  for (const r of rows) {
    const exit = Number(EVENTS.find((e) => e.region === r.region && e.kind === "exit")!.date!.slice(0, 4));
    expect(Number(r.years_from_exit)).toBe(Number(r.year) - exit);
    expect(Number(r.index)).toBeGreaterThan(0);
  }
  // Each line's index is 100 at the shared base.
  expect(
    rows
      .filter((r) => Number(r.index) === 100)
      .map((r) => r.region)
      .sort(),
  ).toEqual(["lichuan", "xiangxi"]);

  // The sidecar describes that very file: its name, columns, rows, every source it cites and the view's address.
  const [side] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-metadata").click()]);
  expect(side.suggestedFilename()).toBe(download.suggestedFilename().replace(/\.csv$/, ".metadata.json"));
  const meta = JSON.parse(fs.readFileSync((await side.path())!, "utf8"));
  expect(meta.file).toBe(download.suggestedFilename());
  expect(meta.rows).toBe(rows.length);
  expect(meta.columns).toEqual(Object.keys(rows[0]!));
  expect(meta.sources.map((s: { id: string }) => s.id).sort()).toEqual([...new Set(rows.map((r) => r.source))].sort());
  expect(meta.url).toMatch(
    /\/en\/compare\?regions=lichuan,xiangxi&indicator=poverty_incidence&scale=index&align=exit#/,
  );
  expect(meta.licence).toMatch(/CC BY/);
  expect(meta.unit).toBe("percent");
});

import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildAndServe, makeRepo, stopProcess } from "./desk-helpers";

// The ledger on a built site of its own: a copy of the project whose data gain two sources that disagree on Lichuan's
// 2019 poverty incidence (the research chapter's 0.25% preferred, a made-up report's 0.31% the alternative) and a 2016
// figure whose year is inferred. Built once, served on LEDGER_E2E_PORT; the real content is never touched.
const PORT = Number(process.env.LEDGER_E2E_PORT ?? 3170);
const S = `http://localhost:${PORT}`;
const ID = "disagreement-lichuan-poverty_incidence-official-2019";
const NOTE = {
  zh: "测试报告的数字高于研究章节，来源未说明原因。",
  en: "The test report gives a higher figure than the chapter, without saying why.",
};
const INFERRED = { zh: "由2017年报告所说“上一年”推算", en: "inferred from “the year before” in a report of 2017" };
// As readers see it: "year inferred from" once, not "year inferred from inferred from".
const SHOWN = { zh: `年份系推算：${INFERRED.zh}`, en: "year inferred from “the year before” in a report of 2017" };
const cell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
let dir = "";
let site: ChildProcess | undefined;

test.describe.configure({ mode: "default", timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(20 * 60_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-e2e-"));
  makeRepo(dir);
  const data = path.join(dir, "content/data");
  const append = (file: string, line: string) => {
    const full = path.join(data, file);
    const text = fs.readFileSync(full, "utf8");
    fs.writeFileSync(full, `${text}${text.endsWith("\n") ? "" : "\n"}${line}\n`);
  };
  append(
    "sources.csv",
    "ledger-test-report,测试报告,A test report,杨娟,Yang Juan,测试出版社,Test Press,2017-05-01,,,,zh,,,,made up for tests/e2e/ledger.spec.ts",
  );
  append(
    "sources.csv",
    "ledger-test-yearbook,测试年鉴,A test yearbook,,,测试出版社,Test Press,2018,,,,zh,,,,made up for tests/e2e/ledger.spec.ts",
  );
  append("observations.csv", "lichuan,poverty_incidence,2019,0.31,official,ledger-test-report,,,,");
  append(
    "observations.csv",
    `lichuan,poverty_incidence,2016,9.8,official,ledger-test-yearbook,,,${INFERRED.zh},${cell(INFERRED.en)}`,
  );
  append("disagreements.csv", `lichuan,poverty_incidence,official,2019,lichuan-chapter,${NOTE.zh},${cell(NOTE.en)}`);
  site = await buildAndServe(dir, PORT);
});

test.afterAll(async () => {
  test.setTimeout(2 * 60_000);
  if (site) await stopProcess(site);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the case page marks the preferred value in the chart, table and key facts and lists both in its panel", async ({
  page,
}) => {
  await page.goto(`${S}/en/cases/lichuan`);
  const chart = page.locator("#incidence-chart");
  // The server SVG rings the preferred 2019 point only; the alternative is not drawn.
  await expect(chart.locator('.chart-variant[data-w="720"] circle.disagreement-mark')).toHaveCount(1);
  await expect(chart.locator('.chart-variant[data-w="720"] circle.disagreement-mark')).toHaveAttribute(
    "data-year",
    "2019",
  );
  await expect(
    chart.locator('.chart-variant[data-w="720"] circle.chart-point[data-year="2019"][data-value="0.31"]'),
  ).toHaveCount(0);
  const cell = page.locator('#incidence-chart-table td[data-series="lichuan--official"][data-year="2019"]');
  await expect(cell.locator(".num")).toHaveText("0.25");
  await expect(cell.locator("a.disputed-mark")).toHaveAttribute("href", `#${ID}`);
  await expect(page.getByTestId("incidence-change").locator("a.disputed-mark")).toHaveAttribute("href", `#${ID}`);
  // The inferred 2016 year is noted under the table.
  await expect(page.locator("#incidence-chart-table ~ .table-notes, .table-notes").first()).toContainText(
    `Lichuan 2016: ${SHOWN.en}`,
  );

  await expect(page.getByRole("heading", { level: 2, name: "Where sources disagree" })).toBeVisible();
  const panel = page.locator(`#${ID}`);
  const preferred = panel.locator('li[data-member="lichuan-chapter/2019"]');
  const alternative = panel.locator('li[data-member="ledger-test-report/2019"]');
  await expect(preferred).toContainText("0.25%");
  await expect(preferred.locator(".badge-preferred")).toHaveText("preferred");
  await expect(alternative).toContainText("0.31%");
  await expect(alternative.locator(".badge-alternative")).toContainText("alternative");
  await expect(panel).toContainText(NOTE.en);
  // One click from a value to its source record.
  const link = alternative.locator("a.src-link");
  const href = await link.getAttribute("href");
  expect(href).toBe("#source-ledger-test-report");
  await expect(page.locator("#source-ledger-test-report")).toContainText("A test report");
  // The † in the table leads to the panel.
  await cell.locator("a.disputed-mark").click();
  await expect(page).toHaveURL(new RegExp(`#${ID}$`));
});

test("in Chinese: the panel 「来源之间的出入」 and 「年份系推算」", async ({ page }) => {
  await page.goto(`${S}/zh/cases/lichuan`);
  await expect(page.getByRole("heading", { level: 2, name: "来源之间的出入" })).toBeVisible();
  await expect(page.locator(`#${ID}`)).toContainText(NOTE.zh);
  await expect(page.locator(`#${ID} li[data-member="lichuan-chapter/2019"] .badge-preferred`)).toHaveText("采用");
  await expect(page.locator(".table-notes").first()).toContainText(SHOWN.zh);
});

test("the chart's tooltip says the year is inferred and that sources disagree", async ({ page }) => {
  await page.goto(`${S}/en/cases/lichuan`);
  const frame = page.locator('#incidence-chart .chart-frame[data-chart="incidence-chart"]');
  await frame.focus();
  const tip = page.locator("#incidence-chart [data-testid=chart-tooltip]");
  // Arrow keys walk the years of every series (the national line's too) from the first.
  const walkTo = async (year: string) => {
    await page.keyboard.press("Home");
    for (let i = 0; i < 15 && (await tip.getAttribute("data-year")) !== year; i++)
      await page.keyboard.press("ArrowRight");
    await expect(tip).toHaveAttribute("data-year", year);
  };
  await walkTo("2016");
  await expect(tip.locator('li[data-series="lichuan--official"]')).toContainText(SHOWN.en);
  await walkTo("2019");
  await expect(tip.locator('li[data-series="lichuan--official"]')).toContainText("Sources disagree on this value");
  await expect(tip.locator('li[data-series="lichuan--official"]')).not.toContainText("year inferred");
});

test("the panel fits a 390 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${S}/en/cases/lichuan#${ID}`);
  const panel = page.locator(`#${ID}`);
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the API, the downloads and /data/disagreements carry both values", async ({ page, request }) => {
  const obs = await (await request.get(`${S}/api/v1/observations?region=lichuan&indicator=poverty_incidence`)).json();
  const at2019 = obs.data.filter((r: { year: number }) => r.year === 2019);
  expect(at2019.map((r: { value: number; preferred: boolean }) => [r.value, r.preferred])).toEqual([
    [0.25, true],
    [0.31, false],
  ]);
  expect(obs.data.find((r: { year: number }) => r.year === 2016).year_inferred_en).toBe(INFERRED.en);
  const dis = await (await request.get(`${S}/api/v1/disagreements?region=lichuan`)).json();
  expect(dis.data).toEqual([
    expect.objectContaining({ years: "2019", preferred_source: "lichuan-chapter", note_en: NOTE.en }),
  ]);
  const bad = await request.get(`${S}/api/v1/disagreements?indicator=nothing`);
  expect(bad.status()).toBe(404);
  expect((await bad.json()).issues[0].parameter).toBe("indicator");
  const bulk = await (await request.get(`${S}/data/disagreements.csv`)).text();
  expect(bulk).toContain(`lichuan,poverty_incidence,official,2019,lichuan-chapter,${NOTE.zh},${cell(NOTE.en)}`);

  await page.goto(`${S}/en/data`);
  await page.getByRole("link", { name: /Where sources disagree/ }).click();
  await expect(page).toHaveURL(`${S}/en/data/disagreements`);
  await expect(page.locator(`#${ID}`)).toContainText("0.31%");
  await expect(page.locator(`#${ID} a.src-link`).first()).toHaveAttribute("href", /^\/en\/cases\/lichuan#source-/);
  const sitemap = await (await request.get(`${S}/sitemap.xml`)).text();
  expect(sitemap).toContain("/zh/data/disagreements");
});

import { expect, test } from "@playwright/test";

// The fact whose label is exactly `label` (人口 is not 贫困人口).
const facts = (page: import("@playwright/test").Page, label: string) =>
  page.locator("dl.key-facts > div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");

test.describe("key facts agree with the text", () => {
  for (const [locale, label, value, caveat] of [
    ["zh", "人口", "299.3万人", "应是户籍总人口"],
    ["en", "Population", "2.993 million", "presumably the registered (hukou) population"],
  ] as const)
    test(`${locale}: Xiangxi's population is the figure the case cites, with its caveat in a footnote and its source`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/cases/xiangxi`);
      const dd = facts(page, label);
      await expect(dd.locator('[data-key-fact="fact-population"]')).toContainText(value);
      await expect(dd.locator('a[href="#source-cpadc-xiangxi"]')).toBeVisible();
      const note = await dd.locator(".kf-note a").getAttribute("href");
      await expect(page.locator(note!)).toContainText(caveat);
      await expect(page.locator("#source-cpadc-xiangxi")).toContainText(value);
    });

  test("cells hold short values; the exit event's description is a footnote", async ({ page }) => {
    for (const locale of ["zh", "en"] as const) {
      await page.goto(`/${locale}/cases/hunan`);
      for (const dd of await page.locator("dl.key-facts dd").all()) {
        const text = (
          await dd.evaluate((e) => {
            const c = e.cloneNode(true) as HTMLElement;
            c.querySelectorAll("sup").forEach((s) => s.remove());
            return c.textContent ?? "";
          })
        ).trim();
        expect(text.length, text).toBeLessThanOrEqual(60);
        await expect(dd.locator("strong, b")).toHaveCount(0);
      }
      await expect(page.locator(".key-facts-notes li").first()).toBeVisible();
    }
  });

  for (const [locale, label] of [
    ["zh", "退出贫困县序列"],
    ["en", "Exit from poverty-county list"],
  ] as const)
    test(`${locale}: exits are the provincial approvals — Xiangxi's seven counties on 2020-02-29, Zhuxi in 2020`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/cases/xiangxi`);
      const xiangxi = facts(page, label);
      await expect(xiangxi.locator('time[datetime="2020-02-29"]')).toBeVisible();
      await expect(xiangxi.locator('a[href="#source-hunan-daily-2020-03-05"]')).toBeVisible();
      await page.goto(`/${locale}/cases/zhuxi`);
      const zhuxi = facts(page, label);
      await expect(zhuxi.locator('time[datetime="2020"]')).toBeVisible();
      await expect(zhuxi.locator('a[href="#source-hubei-daily-2020-17-counties"]')).toBeVisible();
      await expect(zhuxi.locator(".missing")).toHaveCount(0);
    });

  for (const [locale, label, value] of [
    ["zh", "贫困人口", "11.1万人"],
    ["en", "Poor population", "111,000 people"],
  ] as const)
    test(`${locale}: Zhuxi's key facts give the 2014 poor population the data hold, with its source`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/cases/zhuxi`);
      const dd = facts(page, label);
      await expect(dd.locator("[data-key-fact]")).toHaveCount(1);
      await expect(dd.locator("[data-key-fact]")).toHaveText(value);
      await expect(dd).toContainText("2014");
      await expect(dd.locator('a[href="#source-zhuxi-article"]')).toBeVisible();
    });

  test("a fact that does not apply says so (China has no province)", async ({ page }) => {
    await page.goto("/zh/compare?regions=xiangxi,china&indicator=poverty_incidence");
    await expect(page.getByText("不适用").first()).toBeVisible();
    await page.goto("/en/compare?regions=xiangxi,china&indicator=poverty_incidence");
    await expect(page.getByText("Not applicable").first()).toBeVisible();
  });
});

test("the audit's corrections: the unit of the 46万 poor farmers is left open, and the 38 billion yuan is not tied to the 51 counties", async ({
  page,
}) => {
  await page.goto("/zh/cases/hunan");
  const zh = await page.locator(".prose").innerText();
  expect(zh).toContain("贫困农民46万人");
  expect(zh).toContain("这46万究竟是人数还是户数，现有来源无法确定");
  expect(zh).not.toContain("按人计，不是户数");
  expect(zh).not.toContain("46万贫困农户");
  expect(zh).not.toContain("在51个贫困县累计投入380亿元");
  expect(zh).toContain("在51个贫困县建设扶贫产业园和优质农产品供应基地382个");
  await page.goto("/en/cases/hunan");
  const en = await page.locator(".prose").innerText();
  expect(en).toContain("460,000 poor farmers");
  expect(en).toContain("Whether the 460,000 are people or households cannot be settled");
  expect(en).not.toContain("a count of people, not households");
  expect(en).not.toContain("460,000 poor farming households");
  expect(en).not.toContain("38 billion yuan invested in the 51 poor counties");
});

import { expect, test } from "@playwright/test";

// A source's record says what it does not know, and lists the figures it supports by region and indicator.
for (const [locale, author, date, region, indicator] of [
  ["zh", "作者不详", "未注明日期", "湘西土家族苗族自治州", "贫困发生率："],
  ["en", "Author unknown", "undated", "Xiangxi Tujia and Miao Autonomous Prefecture", "Poverty incidence: "],
] as const)
  test(`${locale}: the undated Xiangxi case study says its author and date are unknown, and groups its figures`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/cases/xiangxi`);
    const record = page.locator("#source-cpadc-xiangxi");
    await expect(record.locator(".source-author")).toHaveText(author);
    await expect(record.locator(".source-date")).toHaveText(date);
    const regions = record.locator(".supports-regions > li");
    await expect(regions).toHaveCount(1);
    await expect(regions.locator(".supports-region")).toHaveText(region);
    // One line per indicator, each indicator once, its years in order, each cited figure a link back to the text.
    const lines = await regions.locator(".supports-series > li").allTextContents();
    const names = lines.map((l) => l.split(/[:：]/)[0]);
    expect(new Set(names).size).toBe(names.length);
    const incidence = lines.find((l) => l.startsWith(indicator))!;
    const years = [...incidence.matchAll(/(\d{4})年? /g)].map((m) => Number(m[1]));
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort());
    await expect(
      regions.locator(".supports-series > li").first().locator('a[href^="#fig-xiangxi-poverty_incidence-"]').first(),
    ).toBeVisible();
  });

// Lichuan's research chapter names no author and no publisher (content/data/sources.csv leaves both empty); a reporter
// the source names is shown as its author.
for (const [locale, author, publisher, reporter] of [
  ["zh", "作者不详", "出版者不详", "杨娟"],
  ["en", "Author unknown", "Publisher unknown", "Yang Juan"],
] as const)
  test(`${locale}: Lichuan's chapter says its author and publisher are unknown; Farmers' Daily names its reporter`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/cases/lichuan`);
    const chapter = page.locator("#source-lichuan-chapter");
    await expect(chapter.locator(".source-author")).toHaveText(author);
    await expect(chapter.locator(".publisher.unknown")).toHaveText(publisher);
    await page.goto(`/${locale}/cases/xiangxi`);
    await expect(page.locator("#source-farmers-daily-2019-09-29 .source-author")).toHaveText(reporter);
  });

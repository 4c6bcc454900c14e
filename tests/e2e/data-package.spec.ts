import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { BULK, type DataPackage } from "../../lib/dataset/data-package";
import { datasetCitation } from "../../lib/format/dataset-citation";
import { formatBytes } from "../../lib/format/number";
import { STATIC_CACHE } from "../../lib/http/headers";

// The data package as the build published it (db:build writes public/data before next build).
const built = (name: string) => fs.readFileSync(`public/data/${name}`);
const descriptor = JSON.parse(built(BULK.descriptor).toString("utf8")) as DataPackage;

const TYPES: Record<string, RegExp> = {
  [BULK.zip]: /^application\/zip$/,
  [BULK.descriptor]: /^application\/json(; charset=utf-8)?$/i,
};

for (const locale of ["zh", "en"] as const) {
  test(`/${locale}/data lists the data package's ZIP and datapackage.json with their sizes, and they download static, typed and cookie-free`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/data`);
    for (const name of [BULK.zip, BULK.descriptor]) {
      const link = page.getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("href", `/data/${name}`);
      // The size beside the link is the built file's.
      await expect(page.locator("li", { has: link }).first()).toContainText(
        formatBytes(built(name).byteLength, locale),
      );
      const res = await request.get(`/data/${name}`);
      expect(res.status(), name).toBe(200);
      const h = res.headers();
      expect(h["content-type"], name).toMatch(TYPES[name]!);
      expect(h["set-cookie"], name).toBeUndefined();
      expect(h["cache-control"], name).toBe(STATIC_CACHE);
      expect(Buffer.from(await res.body()).equals(built(name)), name).toBe(true);
    }
    await expect(page.getByText(descriptor.version, { exact: false }).first()).toBeVisible();
    // The standards the download follows are named.
    const standards = page.getByRole("region", { name: locale === "zh" ? "遵循的标准" : "Standards followed" });
    for (const name of ["Frictionless Data Package v1", "Frictionless Table Schema v1", "Citation File Format 1.2.0"])
      await expect(standards.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  });
}

test("the ZIP unpacks to exactly the files /data lists for it, each the same bytes as its own download", async ({
  page,
  request,
}) => {
  await page.goto("/en/data");
  const listed = await page
    .locator("details", { hasText: "In the ZIP" })
    .locator("li code")
    .evaluateAll((els) => els.map((e) => e.textContent));
  const zip = unzipSync(new Uint8Array(await (await request.get(`/data/${BULK.zip}`)).body()));
  expect(Object.keys(zip)).toEqual(listed);
  expect(listed).toEqual(expect.arrayContaining([BULK.descriptor, BULK.readme, BULK.licence, BULK.citation]));
  expect(listed).toEqual(expect.arrayContaining(descriptor.resources.map((r) => r.path)));
  for (const [name, bytes] of Object.entries(zip)) {
    const res = await request.get(`/data/${name}`);
    expect(res.status(), name).toBe(200);
    expect(Buffer.from(await res.body()).equals(Buffer.from(bytes)), name).toBe(true);
  }
});

test("the /data page cites the dataset as the data package does, in both languages", async ({ page }) => {
  for (const locale of ["zh", "en"] as const) {
    await page.goto(`/${locale}/data`);
    const quote = page.locator("blockquote.dataset-citation");
    // Without SITE_URL the page shows the reader's own origin; the package then names the build's default origin.
    const origin = new URL(page.url()).origin;
    const url = descriptor.homepage.startsWith("http://localhost:3000/")
      ? `${origin}${new URL(descriptor.homepage).pathname}`
      : descriptor.homepage;
    await expect(quote).toHaveText(
      datasetCitation(locale, { version: descriptor.version, date: descriptor.created.slice(0, 10) }, url),
    );
  }
});

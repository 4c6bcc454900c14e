import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { buildAndServe, GIT_ENV, ROOT, stopProcess } from "./desk-helpers";

// Editions on a built site of its own: a temporary clone of this repository (its whole history, as committed), one
// commit there that changes Lichuan's English text and one of its figures (2019 poverty incidence 0.25 → 0.27), and an
// uncommitted change to Zhuxi's text; built once and served on EDITIONS_E2E_PORT. The real checkout is never touched.
const PORT = Number(process.env.EDITIONS_E2E_PORT ?? 3175);
const S = `http://localhost:${PORT}`;
const OLD_TEXT = "These are only the two ends: the abstract has no yearly series";
const NEW_TEXT = "Only the two ends are known: the abstract has no yearly series";
let dir = "";
let commit = "";
let site: ChildProcess | undefined;

const git = (...args: string[]) =>
  execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: GIT_ENV,
  }).trim();
const edit = (file: string, from: string, to: string) => {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, "utf8");
  expect(text, `${file} has "${from}"`).toContain(from);
  fs.writeFileSync(full, text.replace(from, to));
};

test.describe.configure({ mode: "default", timeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(20 * 60_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "editions-e2e-"));
  execFileSync("git", ["clone", "-q", ROOT, dir]);
  edit("content/cases/lichuan/en.mdx", OLD_TEXT, NEW_TEXT);
  edit("content/data/observations.csv", "lichuan,poverty_incidence,2019,0.25,", "lichuan,poverty_incidence,2019,0.27,");
  git("commit", "-q", "-am", "Lichuan: a sentence and a figure (tests/e2e/editions.spec.ts)");
  commit = git("rev-parse", "HEAD");
  // Left uncommitted: the build shows it, marked as not yet published.
  edit("content/cases/zhuxi/en.mdx", "## Lessons {#lessons}", "## Lessons {#lessons}\n\nAn uncommitted sentence.");
  site = await buildAndServe(dir, PORT);
});

test.afterAll(async () => {
  test.setTimeout(2 * 60_000);
  if (site) await stopProcess(site);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// The edition the case page shows, from its header.
async function currentOf(page: import("@playwright/test").Page, locale: "zh" | "en", slug: string) {
  await page.goto(`${S}/${locale}/cases/${slug}`);
  const link = page.locator(".case-header a[data-edition]");
  return { n: Number(await link.getAttribute("data-edition")), href: await link.getAttribute("href") };
}

test("the case page shows the new text and figure as its next edition, and cites that edition", async ({ page }) => {
  const { n, href } = await currentOf(page, "en", "lichuan");
  expect(n).toBeGreaterThan(1);
  expect(href).toBe(`/en/cases/lichuan/editions/${n}`);
  await expect(page.locator(".prose")).toContainText(NEW_TEXT);
  await expect(page.locator(".prose")).not.toContainText(OLD_TEXT);
  await expect(page.locator('.prose a.figure[data-figure="lichuan/poverty_incidence/2019/official"]')).toHaveText(
    /^0\.27%/,
  );
  await expect(page.getByTestId("permalink")).toHaveText(`${S}/en/cases/lichuan/editions/${n}`);
  // The edition's own page is the same text, marked as the current edition.
  await page.goto(`${S}${href}`);
  await expect(page.locator(".edition-banner")).toHaveText(/This is edition \d+ of this case.*the current edition\./);
  await expect(page.locator(".edition-banner.old")).toHaveCount(0);
  await expect(page.locator(".prose")).toContainText(NEW_TEXT);
});

test("the previous edition's page shows the old text and figure, marked old, with a link to the current one", async ({
  page,
}) => {
  const { n } = await currentOf(page, "en", "lichuan");
  const res = await page.goto(`${S}/en/cases/lichuan/editions/${n - 1}`);
  expect(res!.status()).toBe(200);
  await expect(page.locator(".edition-banner.old")).toContainText(`This is edition ${n - 1} of this case, published`);
  await expect(page.getByTestId("current-edition")).toHaveText(`Read the current edition (edition ${n})`);
  await expect(page.getByTestId("current-edition")).toHaveAttribute("href", "/en/cases/lichuan");
  await expect(page.locator(".prose")).toContainText(OLD_TEXT);
  await expect(page.locator(".prose")).not.toContainText(NEW_TEXT);
  await expect(page.locator('.prose a.figure[data-figure="lichuan/poverty_incidence/2019/official"]')).toHaveText(
    /^0\.25%/,
  );
  await expect(
    page.locator(
      '.edition-figures tr[data-figure="lichuan/poverty_incidence/2019/official/lichuan-chapter"] td[data-value]',
    ),
  ).toHaveText("0.25%");
  // The same in Chinese: the figure as it was, the old edition marked.
  await page.goto(`${S}/zh/cases/lichuan/editions/${n - 1}`);
  await expect(page.locator(".edition-banner.old")).toContainText(`这是本案例的第${n - 1}版`);
  await expect(page.locator('.prose a.figure[data-figure="lichuan/poverty_incidence/2019/official"]')).toHaveText(
    /^0\.25%/,
  );
});

test("the editions list and the changelog say what the new edition changed, with the figure's old and new value", async ({
  page,
}) => {
  const { n } = await currentOf(page, "en", "lichuan");
  await page.goto(`${S}/en/cases/lichuan/editions`);
  const item = page.locator(`li[data-edition="${n}"]`);
  await expect(item.locator(".meta")).toContainText(`commit ${commit.slice(0, 10)}`);
  await expect(item.locator(".edition-summary")).toHaveText(
    "Text revised: Results (English text only); 1 figure changed",
  );
  const row = item.locator('tr[data-figure-change="lichuan/poverty_incidence/2019/official/lichuan-chapter"]');
  await expect(row.locator("td[data-old]")).toHaveText("0.25%");
  await expect(row.locator("td[data-new]")).toHaveText("0.27%");
  await page.goto(`${S}/zh/changelog`);
  const first = page.locator(".changelog-list li").first();
  await expect(first).toHaveAttribute("data-edition", `lichuan/${n}`);
  await expect(first.locator("p")).toHaveText("修订正文：成效（仅英文版）；更改1个数字");
});

test("an uncommitted change builds, and the case page says it is not yet published", async ({ page }) => {
  await page.goto(`${S}/en/cases/zhuxi`);
  await expect(page.locator(".case-header .notice")).toContainText("not yet published");
  await expect(page.locator(".prose")).toContainText("An uncommitted sentence.");
  // The citation cites the case's page, not an edition page that does not exist.
  await expect(page.getByTestId("permalink")).toHaveText(`${S}/en/cases/zhuxi`);
  await page.goto(`${S}/en/cases/zhuxi/editions`);
  await expect(page.getByRole("heading", { name: "Changes not yet published" })).toBeVisible();
});

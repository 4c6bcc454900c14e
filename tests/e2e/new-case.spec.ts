import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { makeRepo } from "./desk-helpers";

// An editor's whole path: scaffold a case for a made-up region, fill it in, add one figure, build, and find it everywhere.
const ROOT = path.resolve(".");
// Its own server, next to the suite's (E2E_PORT + 200), so parallel checkouts do not collide; NEW_CASE_PORT overrides.
const PORT = Number(process.env.NEW_CASE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 200);
const BASE = `http://localhost:${PORT}`;
let dir = "";
let server: ChildProcess | undefined;

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, {
    cwd: dir,
    encoding: "utf8",
    stdio: "pipe",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });

const fill = (locale: "zh" | "en") => {
  const file = path.join(dir, "content/cases/qingshan/", `${locale}.mdx`);
  const zh = locale === "zh";
  fs.writeFileSync(
    file,
    `---
title: ${zh ? "青山县：一个用于测试的虚构案例" : '"Qingshan: a made-up case used by the tests"'}
summary: ${zh ? "青山县是测试用的虚构地区，这里只用来检查编辑流程。" : "Qingshan is a made-up region that exists only to test the editors' workflow."}
region: qingshan
level: county
province: hubei
period: { start: 2014, end: 2019 }
themes:
  relocation: ${zh ? "测试用的易地搬迁说明。" : "A test sentence about relocation."}
sources: [qingshan-test-source]
updated: 2026-11-23
---

## ${zh ? "背景" : "Background"} {#background}

${zh ? "青山县是虚构的地区" : "Qingshan is a made-up region"}<Cite id="qingshan-test-source" />.

## ${zh ? "历程" : "Timeline"} {#timeline}

<Timeline />

## ${zh ? "主要举措" : "Measures"} {#measures}

### ${zh ? "易地扶贫搬迁" : "Relocation"} {#relocation}

${zh ? "测试文本提到岚溪搬迁点" : "The test text mentions the Lanxi relocation site"}<Cite id="qingshan-test-source" />.

## ${zh ? "成效" : "Results"} {#results}

${zh ? "2014年贫困发生率为" : "In 2014 poverty incidence was"} <Figure region="qingshan" indicator="poverty_incidence" year={2014} />.

## ${zh ? "经验与启示" : "Lessons"} {#lessons}

${zh ? "无。" : "None."}
`,
  );
};

test.describe.configure({ mode: "serial", timeout: 20 * 60_000 });

test.beforeAll(async () => {
  test.setTimeout(20 * 60_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "new-case-"));
  // A git repository of its own (the build reads the content history); the new case stays uncommitted, as an editor's
  // would be before publishing, so the site shows it as not yet published.
  makeRepo(dir);
  fs.cpSync(path.join(ROOT, "generated"), path.join(dir, "generated"), { recursive: true });
  // Turbopack will not follow a node_modules symlink out of the project, so hard-link the tree (copy across devices).
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  } catch {
    fs.cpSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }

  run("npx", [
    "tsx",
    "scripts/case-new.ts",
    "qingshan",
    "--zh-name",
    "青山县",
    "--en-name",
    "Qingshan County",
    "--level",
    "county",
    "--parent",
    "enshi",
    "--adcode",
    "422899",
  ]);
  fill("zh");
  fill("en");
  fs.appendFileSync(
    path.join(dir, "content/data/sources.csv"),
    "qingshan-test-source,青山县测试资料,Qingshan test source,,,测试出版社,Test Publisher,2020,,,,zh,测试用的虚构资料。,Made up for the tests.,,\n",
  );
  fs.appendFileSync(
    path.join(dir, "content/data/observations.csv"),
    "qingshan,poverty_incidence,2014,12.34,official,qingshan-test-source,,,,\n",
  );
  run("npm", ["run", "build"]);
  // Node runs next directly, in its own process group, so afterAll stops the server itself (through npx it would outlive the test).
  server = spawn(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT)], {
    cwd: dir,
    stdio: "ignore",
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${BASE}/zh`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the new case renders with its figure in both languages", async ({ page }) => {
  await page.goto(`${BASE}/zh/cases/qingshan`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("青山县：一个用于测试的虚构案例");
  await expect(page.locator("a.figure")).toHaveText(/12\.34%/);
  // Not committed: the page says so instead of giving it an edition.
  await expect(page.locator(".case-header .notice")).toContainText("尚未发布");
  await page.goto(`${BASE}/en/cases/qingshan`);
  await expect(page.locator("a.figure")).toHaveText(/12\.34%/);
});

test("it appears on the cases index, in compare, in search and in the API", async ({ page, request }) => {
  await page.goto(`${BASE}/en/cases`);
  await expect(page.locator('.case-card[data-case="qingshan"]')).toBeVisible();
  await page.goto(`${BASE}/en/compare?regions=qingshan,china&indicator=poverty_incidence`);
  await expect(page.locator('#compare-change tr[data-series^="qingshan--"] [data-cell="first"]')).toHaveText(
    "12.34 (2014)",
  );
  await page.goto(`${BASE}/en/search?q=Lanxi`);
  await expect(page.locator('.search-results a.search-title[href="/en/cases/qingshan"]')).toBeVisible();
  const regions = await (await request.get(`${BASE}/api/v1/regions`)).json();
  expect(regions.data.map((r: { slug: string }) => r.slug)).toContain("qingshan");
  const obs = await (await request.get(`${BASE}/api/v1/observations?region=qingshan`)).json();
  expect(obs.data).toEqual([
    expect.objectContaining({
      region: "qingshan",
      indicator: "poverty_incidence",
      year: 2014,
      value: 12.34,
      source: "qingshan-test-source",
    }),
  ]);
  expect(obs.sources.map((s: { id: string }) => s.id)).toEqual(["qingshan-test-source"]);
});

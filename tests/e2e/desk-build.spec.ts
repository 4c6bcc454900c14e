import { execFileSync, type ChildProcess } from "node:child_process";
import { test } from "@playwright/test";
import { linkDependencies, startServer } from "./desk-helpers";
import { api, as, draftRow, expect, PW, submittedCase, USERS, deskSpec } from "./desk-fixtures";

// A case published at the desk reaches the built site: index, compare, search and the API.
// Its own server, scratch desk database and scratch git repository; every test makes its own drafts through the API,
// so the tests run in any order and one failure fails only itself.
let site: ChildProcess | undefined;
const spec = deskSpec("desk-build-", 32, USERS, () => [site]);
const BASE = spec.base;
const repo = () => spec.desk.repo;
const dbFile = () => spec.desk.dbFile;

const SITE_PORT = Number(process.env.DESK_SITE_E2E_PORT ?? 3152);

test("after a build the published case is on the index, in compare, in search and in the API", async ({
  browser,
  page,
  request,
}) => {
  // Published through the desk: written by one user, approved by another.
  const ed = await as(browser, BASE, "ed@example.org", PW.ed);
  const rev = await as(browser, BASE, "rev@example.org", PW.rev);
  const id = await submittedCase(ed.request, BASE, dbFile(), "lanxi", "420387");
  await api(rev.request, BASE, "post", `/api/desk/drafts/${id}/approve`, { version: draftRow(dbFile(), id).version });
  // The build alone may take minutes on a busy machine: its own budget.
  test.setTimeout(20 * 60_000);
  linkDependencies(repo());
  execFileSync("npm", ["run", "build"], {
    cwd: repo(),
    stdio: "pipe",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  site = await startServer(repo(), SITE_PORT, process.env);
  const S = `http://localhost:${SITE_PORT}`;
  await page.goto(`${S}/en/cases/lanxi`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lanxi: a made-up case written in the desk");
  await expect(page.locator("a.figure")).toHaveText(/12\.30%/);
  await page.goto(`${S}/en/cases`);
  await expect(page.locator('.case-card[data-case="lanxi"]')).toBeVisible();
  await page.goto(`${S}/en/compare?regions=lanxi,china&indicator=poverty_incidence`);
  await expect(page.locator('#compare-change tr[data-series^="lanxi--"] [data-cell="first"]')).toHaveText(
    "12.30 (2014)",
  );
  await page.goto(`${S}/en/search?q=Qinglan`);
  await expect(page.locator('.search-results a.search-title[href="/en/cases/lanxi"]')).toBeVisible();
  const obs = await (await request.get(`${S}/api/v1/observations?region=lanxi`)).json();
  expect(obs.data).toEqual([
    expect.objectContaining({
      region: "lanxi",
      indicator: "poverty_incidence",
      year: 2014,
      value: 12.3,
      source: "lanxi-desk-source",
    }),
  ]);
});

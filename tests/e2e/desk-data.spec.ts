import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { test } from "@playwright/test";
import { hydrated, ROOT } from "./desk-helpers";
import { api, approve, as, expect, PW, deskSpec } from "./desk-fixtures";

// The desk's data: sources, figures and events, on their own or beside a case, and CSV batches.
// Its own server, scratch desk database and scratch git repository; every test makes its own drafts through the API,
// so the tests run in any order and one failure fails only itself.
const spec = deskSpec("desk-data-", 31);
const BASE = spec.base;
const repo = () => spec.desk.repo;
const dbFile = () => spec.desk.dbFile;

test("an editor publishes a data change on its own for an existing region: one commit touching only content/data", async ({
  browser,
}) => {
  const ed = await as(browser, BASE, "ed@example.org", PW.ed);
  // Bad input is refused with the field named, and nothing is created.
  const post = (data: unknown) => ed.request.post(`${BASE}/api/desk/drafts`, { headers: { Origin: BASE }, data });
  const noTitle = await post({ kind: "data", slug: "lichuan", newRegion: null, title: " " });
  expect(noTitle.status()).toBe(400);
  expect((await noTitle.json()).problems).toEqual([
    { field: "title", message: "expected a short description of the change, e.g. Lichuan: 2019 income figures" },
  ]);
  const nowhere = await post({ kind: "data", slug: "nowhere", newRegion: null, title: "Figures for nowhere" });
  expect(nowhere.status()).toBe(422);
  expect((await nowhere.json()).problems).toEqual([
    { field: "slug", message: 'no region "nowhere" yet: choose an existing region or describe a new one' },
  ]);
  const oddKind = await post({ kind: "glossary", slug: "lichuan", title: "x" });
  expect(oddKind.status()).toBe(400);
  expect((await oddKind.json()).problems[0].field).toBe("kind");

  await ed.goto(`${BASE}/en/desk/new`);
  await expect(async () => {
    await ed.getByLabel("A data change on its own (sources, figures, events; no case text)").check();
    await expect(ed.getByLabel("What changes (one line; the commit is titled “Data: …”)")).toBeVisible({
      timeout: 1000,
    });
  }).toPass();
  await expect(ed.getByLabel("Title (English)")).toHaveCount(0);
  await ed.getByRole("combobox", { name: "Region" }).selectOption("lichuan");
  await ed
    .getByLabel("What changes (one line; the commit is titled “Data: …”)")
    .fill("Lichuan: poverty incidence in 2018");
  await ed.getByRole("button", { name: "Create the data change" }).click();
  await expect(ed).toHaveURL(/\/en\/desk\/drafts\/\d+$/);
  const url = ed.url();
  await expect(ed.getByRole("heading", { level: 1 })).toContainText("Lichuan: poverty incidence in 2018");
  await expect(ed.getByText("A data change for Lichuan")).toBeVisible();
  // No MDX editor and no case preview: only rows.
  await expect(ed.getByLabel(/MDX source/)).toHaveCount(0);
  await expect(ed.locator(".desk-preview")).toHaveCount(0);
  await expect(ed.getByRole("button", { name: "Submit for review" })).toBeDisabled();
  await expect(ed.getByText("Add at least one row before submitting.")).toBeVisible();
  const id = url.split("/").pop();
  const empty = await ed.request.post(`${BASE}/api/desk/drafts/${id}/submit`, { headers: { Origin: BASE }, data: {} });
  expect(empty.status()).toBe(422);
  expect((await empty.json()).error).toBe("empty");
  // There is no MDX to save on a data change.
  const save = await ed.request.put(`${BASE}/api/desk/drafts/${id}`, {
    headers: { Origin: BASE },
    data: { zh: "x", en: "y", version: 1 },
  });
  expect(save.status()).toBe(409);
  expect((await save.json()).error).toBe("data-draft");

  await hydrated(ed);
  await ed.getByText("Add a source").click();
  const source = ed.getByRole("form", { name: "Add a source" });
  const values: Record<string, string> = {
    id: "lichuan-desk-data",
    title: "利川市测试数据",
    titleEn: "Lichuan test data",
    "publisher.zh": "测试出版社",
    "publisher.en": "Test Publisher",
    date: "2019",
    url: "",
    seedFile: "",
    "note.zh": "测试用的虚构资料。",
    "note.en": "Made up for the tests.",
  };
  for (const [k, v] of Object.entries(values)) await source.getByLabel(k, { exact: true }).fill(v);
  await source.getByRole("button", { name: "Add" }).click();
  await expect(ed.locator('table[data-kind="sources"]')).toContainText("lichuan-desk-data");
  // A source no row cites yet is a check problem: the draft cannot be submitted.
  await expect(ed.locator(".desk-checks li")).toHaveText([
    /^content\/data\/sources\.csv, line \d+: source "lichuan-desk-data" is not cited by any observation, event or case$/,
  ]);
  await expect(ed.getByRole("button", { name: "Submit for review" })).toBeDisabled();

  await ed.getByText("Add a figure").click();
  const obs = ed.getByRole("form", { name: "Add a figure" });
  await obs.getByLabel("region", { exact: true }).selectOption("lichuan");
  await obs.getByLabel("indicator", { exact: true }).selectOption("poverty_incidence");
  await obs.getByLabel("year", { exact: true }).fill("2018");
  await obs.getByLabel("value", { exact: true }).fill("1.20");
  await obs.getByLabel("basis", { exact: true }).selectOption("official");
  await obs.getByLabel("source", { exact: true }).selectOption("lichuan-desk-data");
  await obs.getByRole("button", { name: "Add" }).click();
  await expect(ed.locator('table[data-kind="observations"]')).toContainText("1.20");
  // The value as each language's page will write it.
  const readers = ed.locator('table[data-kind="readers-observations"] tbody tr');
  await expect(readers).toContainText("Lichuan · Poverty incidence · 2018 (Local official figure)");
  await expect(readers.locator("td").nth(2)).toHaveText("1.20%");
  await expect(ed.getByRole("heading", { name: /Checks: No problems/ })).toBeVisible();
  await ed.getByRole("button", { name: "Submit for review" }).click();
  await expect(ed.locator(".eyebrow")).toHaveText("Waiting for review");
  await ed.goto(`${BASE}/en/desk`);
  await expect(ed.locator('#desk-mine tr[data-kind="data"]')).toContainText("Data change");

  const rev = await as(browser, BASE, "rev@example.org", PW.rev);
  await rev
    .locator('#desk-queue tr[data-kind="data"]')
    .getByRole("link", { name: "Lichuan: poverty incidence in 2018" })
    .click();
  await expect(rev).toHaveURL(url);
  await expect(rev.locator(".desk-diff summary")).toHaveCount(2);
  await expect(rev.locator(".desk-diff").filter({ hasText: "content/data/sources.csv" })).toContainText(
    "+lichuan-desk-data,利川市测试数据,Lichuan test data",
  );
  await expect(rev.locator(".desk-diff").filter({ hasText: "content/data/observations.csv" })).toContainText(
    "+lichuan,poverty_incidence,2018,1.20,official,lichuan-desk-data,,",
  );
  await approve(rev, /“Lichuan: poverty incidence in 2018” \(lichuan\)/, [
    "content/data/observations.csv",
    "content/data/sources.csv",
  ]);
  await expect(rev.locator(".desk-ok")).toContainText("Published as commit");

  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo(), encoding: "utf8" }).trim();
  expect(git("log", "-1", "--format=%an <%ae>|%s")).toBe(
    "Ed Itor <ed@example.org>|Data: Lichuan: poverty incidence in 2018",
  );
  expect(git("log", "-1", "--format=%B")).toContain("Reviewed-by: Rae Viewer <rev@example.org>");
  expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual([
    "content/data/observations.csv",
    "content/data/sources.csv",
  ]);
  expect(git("status", "--porcelain")).toBe("");
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/content-check.ts", repo()],
    { cwd: ROOT, stdio: "pipe" },
  );
  // The running site's data does not hold the new figure yet: the desk says it waits for a build.
  await rev.goto(`${BASE}/en/desk`);
  await expect(rev.locator('#desk-published tr[data-kind="data"]')).toContainText("Waiting for the next build");
});

test("a published data change whose rows the running site already holds is shown as on the site", async ({
  browser,
}) => {
  // The first figure of the real data, which this server's database was built from.
  const [header, first] = fs.readFileSync(path.join(ROOT, "content/data/observations.csv"), "utf8").split("\n");
  const row = Object.fromEntries(header!.split(",").map((k, i) => [k, first!.split(",")[i] ?? ""]));
  const db = new Database(dbFile());
  const author = (db.prepare("SELECT id FROM user WHERE email = ?").get("ed@example.org") as { id: string }).id;
  const data = JSON.stringify({ region: null, sources: [], observations: [row], events: [] });
  const insert = db.prepare(
    "INSERT INTO Draft (slug, kind, title, status, authorId, zh, en, data, updatedAt, publishedCommit, publishedAt) VALUES (?, 'data', ?, 'published', ?, '', '', ?, ?, 'abc', ?)",
  );
  const now = new Date().toISOString().replace("Z", "+00:00");
  insert.run(row.region, "Already built", author, data, now, now);
  insert.run(
    row.region,
    "Not built",
    author,
    JSON.stringify({ region: null, sources: [], observations: [{ ...row, value: `${row.value}1` }], events: [] }),
    now,
    now,
  );
  db.close();
  const page = await as(browser, BASE, "rev@example.org", PW.rev);
  await expect(page.locator('#desk-published tr[data-kind="data"]').filter({ hasText: "Already built" })).toContainText(
    "On the site",
  );
  await expect(page.locator('#desk-published tr[data-kind="data"]').filter({ hasText: "Not built" })).toContainText(
    "Waiting for the next build",
  );
});

test("the events form names a bad date; the preview's timeline lists the store's events and the draft's new one in date order", async ({
  browser,
}) => {
  const ed = await as(browser, BASE, "ed@example.org", PW.ed);
  // Hubei has an event in the store (2015-09-24) and no case yet.
  const created = await ed.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: {
      slug: "hubei",
      newRegion: null,
      title_zh: "湖北省案例",
      title_en: "Hubei case",
      summary_zh: "这是一个测试用的摘要文本。",
      summary_en: "A summary used by the test only.",
      themes: { industry: { zh: "一句测试。", en: "One test line." } },
    },
  });
  expect(created.status()).toBe(200);
  const hubeiUrl = `${BASE}/en/desk/drafts/${(await created.json()).id}`;
  await ed.goto(hubeiUrl);
  const timeline = (n: number) => ed.locator(".desk-preview").nth(n).locator("ol.timeline li");
  await expect(timeline(1)).toHaveCount(1);
  await expect(timeline(1)).toContainText("Decision on Fully Advancing Targeted Poverty Alleviation");

  await hydrated(ed);
  await ed.getByText("Add an event").click();
  const form = ed.getByRole("form", { name: "Add an event" });
  await form.getByLabel("region", { exact: true }).selectOption("hubei");
  await form.getByLabel("date", { exact: true }).fill("2015-13");
  await form.getByLabel("kind", { exact: true }).selectOption("policy");
  await form.getByLabel("label.zh", { exact: true }).fill("湖北省出台测试用的政策");
  await form.getByLabel("label.en", { exact: true }).fill("Hubei adopts a policy made up for the tests");
  await form.getByLabel("source", { exact: true }).selectOption("zhuxi-article");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(form.getByRole("alert")).toContainText("date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
  await expect(form.getByLabel("date", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(ed.locator("#events-date-error")).toContainText("expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
  await expect(ed.locator('table[data-kind="events"]')).toHaveCount(0);

  await form.getByLabel("date", { exact: true }).fill("2015-03");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(ed.locator('table[data-kind="events"]')).toContainText("Hubei adopts a policy made up for the tests");
  // Both languages' previews: the draft's event first (March 2015), then the store's (September 2015), each with its source number.
  await expect(timeline(1)).toHaveCount(2);
  await expect(timeline(1).nth(0)).toContainText("March 2015");
  await expect(timeline(1).nth(0)).toContainText("Hubei adopts a policy made up for the tests");
  await expect(timeline(1).nth(0).locator("sup.cite")).toHaveText(/^\[\d+\]$/);
  await expect(timeline(1).nth(1)).toContainText("24 September 2015");
  await expect(timeline(0).nth(0)).toContainText("2015年3月");
  await expect(timeline(0).nth(0)).toContainText("湖北省出台测试用的政策");
});

test("a CSV batch of figures shows data:import's diff before anything is added; a bad value is refused naming its line and column", async ({
  browser,
}) => {
  const ed = await as(browser, BASE, "ed@example.org", PW.ed);
  // A data change of its own for Lichuan, whose figures the batch updates.
  const { id } = await api<{ id: number }>(ed.request, BASE, "post", "/api/desk/drafts", {
    kind: "data",
    slug: "lichuan",
    newRegion: null,
    title: "Lichuan: a batch of figures",
  });
  await ed.goto(`${BASE}/en/desk/drafts/${id}`);
  await hydrated(ed);
  await ed.getByText("Upload a CSV batch of figures").click();
  const header = "region,indicator,year,value,basis,source,note_zh,note_en,year_inferred_zh,year_inferred_en";
  // One row as stored, one with a new value, one new.
  const good = [
    header,
    "lichuan,poverty_incidence,2013,27.4,official,lichuan-chapter,,,,",
    "lichuan,poverty_incidence,2019,0.30,official,lichuan-chapter,,,,",
    "lichuan,poverty_incidence,2016,9.10,official,lichuan-chapter,,,,",
    "",
  ].join("\n");
  await ed
    .getByLabel("Upload a CSV batch of figures", { exact: true })
    .setInputFiles({ name: "batch.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await expect(ed.getByLabel("CSV", { exact: true })).toHaveValue(good);
  await ed.getByRole("button", { name: "Show the changes" }).click();
  const batch = ed.locator(".desk-batch");
  await expect(batch.locator("pre")).toHaveText(
    [
      '  + lichuan/poverty_incidence/2016/official/lichuan-chapter  value "9.10", source "lichuan-chapter"',
      '  ~ lichuan/poverty_incidence/2019/official/lichuan-chapter  value "0.25" → "0.30"',
      "  = 1 row(s) unchanged",
    ].join("\n"),
    { useInnerText: true },
  );
  await expect(batch).toContainText("1 added, 1 changed, 1 unchanged");
  // Nothing was added yet.
  await expect(ed.locator('table[data-kind="observations"]')).toHaveCount(0);
  await ed.getByRole("button", { name: "Add these rows to the draft" }).click();
  await expect(ed.getByRole("status").filter({ hasText: "Added 2 rows to the draft." })).toBeVisible();
  await expect(ed.locator('table[data-kind="observations"] tbody tr')).toHaveCount(2);
  const obsDiff = ed
    .locator(".desk-diff")
    .filter({ has: ed.locator("summary code", { hasText: /^content\/data\/observations\.csv$/ }) });
  await expect(obsDiff).toContainText("-lichuan,poverty_incidence,2019,0.25,official,lichuan-chapter,,");
  await expect(obsDiff).toContainText("+lichuan,poverty_incidence,2019,0.30,official,lichuan-chapter,,");
  await expect(obsDiff).toContainText("+lichuan,poverty_incidence,2016,9.10,official,lichuan-chapter,,");

  const bad = [
    header,
    "lichuan,poverty_incidence,2017,4.0,official,lichuan-chapter,,,,",
    'lichuan,poverty_incidence,2018,"1,20",official,lichuan-chapter,,,,',
    "",
  ].join("\n");
  await ed.getByLabel("CSV", { exact: true }).fill(bad);
  await ed.getByRole("button", { name: "Show the changes" }).click();
  await expect(batch.locator(".desk-error li")).toHaveText([
    `line 3: value: expected a number written with digits and an optional decimal point, e.g. 65.77 (got "1,20")`,
  ]);
  await expect(ed.getByRole("button", { name: "Add these rows to the draft" })).toHaveCount(0);
  await expect(ed.locator('table[data-kind="observations"] tbody tr')).toHaveCount(2);
});

import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { linkDependencies, ROOT, signIn, startDesk, startServer } from "./desk-helpers";

// The editors' desk end to end, on its own server with a scratch desk database, publishing into a scratch git repository.
const PORT = Number(process.env.DESK_E2E_PORT ?? 3151);
const SITE_PORT = Number(process.env.DESK_SITE_E2E_PORT ?? 3152);
const BASE = `http://localhost:${PORT}`;
const PW = { ed: "editor-pass-123", rev: "review-pass-123", admin: "admin-pass-123", locky: "locky-pass-123", ed2: "editor2-pass-12" };
let dir = "";
let repo = "";
let dbFile = "";
let server: ChildProcess | undefined;
let site: ChildProcess | undefined;
let draftUrl = "";
let hubeiUrl = "";
// Each save runs every content check; on a busy machine that takes a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  test.setTimeout(4 * 60_000);
  ({ dir, repo, dbFile, server } = await startDesk("desk-e2e-", PORT, [
    ["ed@example.org", "editor", "Ed Itor", PW.ed],
    ["ed2@example.org", "editor", "Eda Second", PW.ed2],
    ["rev@example.org", "reviewer", "Rae Viewer", PW.rev],
    ["admin@example.org", "admin", "Ada Min", PW.admin],
    ["locky@example.org", "editor", "Lock Y", PW.locky],
  ]));
});

test.afterAll(() => {
  server?.kill();
  site?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const text = (locale: "zh" | "en", year: number, extra = "") => {
  const zh = locale === "zh";
  return `---
title: ${zh ? "岚溪县：在编辑台写成的虚构案例" : '"Lanxi: a made-up case written in the desk"'}
summary: ${zh ? "岚溪县是测试用的虚构地区，只用来检查编辑台。" : "Lanxi is a made-up county that exists only to test the editors' desk."}
region: lanxi
level: county
province: hubei
period: { start: 2014, end: 2019 }
themes:
  relocation: ${zh ? "测试用的易地搬迁说明。" : "A test sentence about relocation."}
sources: [lanxi-desk-source]
updated: 2026-11-30
---

## ${zh ? "背景" : "Background"} {#background}

${zh ? "岚溪县是虚构的地区" : "Lanxi is a made-up region"}<Cite id="lanxi-desk-source" />.${extra}

## ${zh ? "历程" : "Timeline"} {#timeline}

<Timeline />

## ${zh ? "主要举措" : "Measures"} {#measures}

### ${zh ? "易地扶贫搬迁" : "Relocation"} {#relocation}

${zh ? "测试文本提到青岚搬迁点" : "The desk text mentions the Qinglan relocation site"}<Cite id="lanxi-desk-source" />.

## ${zh ? "成效" : "Results"} {#results}

${zh ? "贫困发生率为" : "Poverty incidence was"} <Figure region="lanxi" indicator="poverty_incidence" year={${year}} />.

## ${zh ? "经验与启示" : "Lessons"} {#lessons}

${zh ? "无。" : "None."}
`;
};

const lineOf = (s: string, needle: string) => s.split("\n").findIndex((l) => l.includes(needle)) + 1;

// Types into the editor once React is running, and waits until the autosave has stored a newer version.
async function setSource(page: Page, lang: "Chinese" | "English", value: string) {
  await page.waitForLoadState("networkidle");
  const status = page.locator(".desk-save");
  const version = async () => Number(/^Saved \(version (\d+)\)$/.exec(await status.innerText())?.[1] ?? 0);
  await expect.poll(version).toBeGreaterThan(0);
  const before = await version();
  // The code editor replaces the textarea once it has loaded; it answers to the same label.
  await expect(page.locator('.desk-source[data-editor="codemirror"]')).toHaveCount(2);
  await page.getByLabel(`MDX source (${lang})`).fill(value);
  await expect.poll(version, { timeout: 20_000 }).toBeGreaterThan(before);
}

// The text the editor holds, as the form field behind it carries it.
const sourceOf = (page: Page, lang: "zh" | "en") => page.locator(`textarea[data-source="${lang}"]`).inputValue();

// Approving asks first, naming the draft and the files its commit will touch; this confirms.
async function approve(page: Page, name: RegExp, files: string[]) {
  await page.getByRole("button", { name: "Approve and publish" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish this draft?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(name);
  for (const f of files) await expect(dialog.getByRole("listitem").filter({ hasText: f })).toHaveCount(1);
  await dialog.getByRole("button", { name: "Publish now" }).click();
}

async function as(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, BASE, email, password);
  return page;
}

test("an anonymous visitor is sent to sign-in; desk pages are private and noindex", async ({ page, request }) => {
  for (const locale of ["zh", "en"]) {
    await page.goto(`${BASE}/${locale}/desk`);
    await expect(page).toHaveURL(`${BASE}/${locale}/desk/sign-in`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "zh" ? "登录编辑台" : "Sign in to the editors' desk");
  }
  await page.goto(`${BASE}/en/desk/drafts/1`);
  await expect(page).toHaveURL(`${BASE}/en/desk/sign-in`);
  const res = await request.get(`${BASE}/en/desk/sign-in`);
  expect(res.headers()["cache-control"]).toMatch(/private/);
  expect(res.headers()["cache-control"]).toMatch(/no-store/);
  expect(await res.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
});

test("a mutation without a session gets 401, and one from another origin 403", async ({ browser, request }) => {
  const anon = await request.post(`${BASE}/api/desk/drafts`, { headers: { Origin: BASE }, data: {} });
  expect(anon.status()).toBe(401);
  expect(anon.headers()["cache-control"]).toBe("private, no-store");
  const page = await as(browser, "ed@example.org", PW.ed);
  const foreign = await page.request.put(`${BASE}/api/desk/drafts/1`, { headers: { Origin: "https://evil.example" }, data: { zh: "x", en: "y", version: 1 } });
  expect(foreign.status()).toBe(403);
  const noOrigin = await page.request.post(`${BASE}/api/desk/drafts`, { data: {} });
  expect(noOrigin.status()).toBe(403);
  const signInElsewhere = await request.post(`${BASE}/api/desk/auth/sign-in`, { headers: { Origin: "https://evil.example" }, form: { email: "ed@example.org", password: PW.ed, locale: "en" }, maxRedirects: 0 });
  expect(signInElsewhere.status()).toBe(403);
  // Signing in set only the desk's httpOnly session cookie; a public page sets none.
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "desk.session_token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const pub = await page.request.get(`${BASE}/en/cases/lichuan`);
  expect(pub.headers()["set-cookie"] ?? "").not.toMatch(/desk\./);
});

test("an editor creates a case for a made-up region with a new source and figure; checks and preview follow the text", async ({ browser }) => {
  const page = await as(browser, "ed@example.org", PW.ed);
  await expect(page.getByRole("link", { name: "New draft" }).first()).toHaveAttribute("href", "/en/desk/new");
  await page.goto(`${BASE}/en/desk/new`);
  // Until React has hydrated, the radio button's change does not reach the form's state: retry.
  await expect(async () => {
    await page.getByLabel("A new region").check();
    await expect(page.getByLabel("Chinese name")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByLabel("Slug (the region's id, used in the address)").fill("lanxi");
  await page.getByLabel("Chinese name").fill("岚溪县");
  await page.getByLabel("English name").fill("Lanxi County");
  await page.getByLabel("Level").selectOption("county");
  await page.getByLabel("Parent region").selectOption("enshi");
  await page.getByLabel("Administrative division code (six digits; empty for a group)").fill("422897");
  await page.getByLabel("Title (Chinese)").fill("岚溪县：在编辑台写成的虚构案例");
  await page.getByLabel("Title (English)").fill("Lanxi: a made-up case written in the desk");
  await page.getByLabel("Summary (Chinese)").fill("岚溪县是测试用的虚构地区，只用来检查编辑台。");
  await page.getByLabel("Summary (English)").fill("Lanxi is a made-up county that exists only to test the editors' desk.");
  await page.getByLabel("Relocation", { exact: true }).check();
  await page.getByLabel("Relocation · In Chinese").fill("测试用的易地搬迁说明。");
  await page.getByLabel("Relocation · In English").fill("A test sentence about relocation.");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page).toHaveURL(/\/en\/desk\/drafts\/\d+$/);
  draftUrl = page.url();
  // The scaffold's placeholders are flagged at once.
  await expect(page.locator(".desk-checks li").first()).toBeVisible();

  // A new source, every field validated by db:build's schema: a bad date is named, then fixed.
  await page.getByText("Add a source").click();
  const source = page.getByRole("form", { name: "Add a source" });
  // The form's fields are the domain shape's paths (publisher.zh, titleEn), not the CSV's columns.
  const values: Record<string, string> = { id: "lanxi-desk-source", title: "岚溪县测试资料", titleEn: "Lanxi test source", "publisher.zh": "测试出版社", "publisher.en": "Test Publisher", date: "2020-13", url: "", seedFile: "", "note.zh": "测试用的虚构资料。", "note.en": "Made up for the tests." };
  for (const [k, v] of Object.entries(values)) await source.getByLabel(k, { exact: true }).fill(v);
  await source.getByRole("button", { name: "Add" }).click();
  await expect(source.getByRole("alert")).toContainText("date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
  await source.getByLabel("date", { exact: true }).fill("2020");
  await source.getByRole("button", { name: "Add" }).click();
  await expect(page.locator('table[data-kind="sources"]')).toContainText("lanxi-desk-source");

  // A new figure: value kept exactly as typed.
  await page.getByText("Add a figure").click();
  const obs = page.getByRole("form", { name: "Add a figure" });
  await obs.getByLabel("region", { exact: true }).selectOption("lanxi");
  await obs.getByLabel("indicator", { exact: true }).selectOption("poverty_incidence");
  await obs.getByLabel("year", { exact: true }).fill("2014");
  await obs.getByLabel("value", { exact: true }).fill("12.30");
  await obs.getByLabel("basis", { exact: true }).selectOption("official");
  await obs.getByLabel("source", { exact: true }).selectOption("lanxi-desk-source");
  await obs.getByRole("button", { name: "Add" }).click();
  await expect(page.locator('table[data-kind="observations"]')).toContainText("12.30");

  // A <Figure> for a year with no data: a check error at its line.
  const bad = { zh: text("zh", 2015), en: text("en", 2015) };
  await setSource(page, "Chinese", bad.zh);
  await setSource(page, "English", bad.en);
  const enLine = lineOf(bad.en, "year={2015}");
  const problem = page.locator(`.desk-checks li[data-file="en"][data-line="${enLine}"]`);
  await expect(problem).toContainText(`English, line ${enLine}`);
  await expect(problem).toContainText("no observation for lanxi / poverty_incidence / 2015 in content/data/observations.csv");
  await problem.getByRole("button").click();
  await expect(page.getByLabel("MDX source (English)")).toBeFocused();
  // The code editor shows that line, marked, with its number in the gutter.
  const marked = page.locator('.desk-pane[data-lang="en"] .cm-line.cm-desk-flash');
  await expect(marked).toHaveCount(1);
  await expect(marked).toBeInViewport();
  await expect(marked).toContainText("year={2015}");
  await expect(page.locator('.desk-pane[data-lang="en"] .cm-lineNumbers .cm-gutterElement').filter({ hasText: new RegExp(`^${enLine}$`) })).toBeVisible();
  await expect(page.locator(".desk-preview").nth(1)).toContainText("no data for lanxi / poverty_incidence / 2015");

  // Fixed: no problems, and the preview shows the figure's value in both languages.
  await setSource(page, "Chinese", text("zh", 2014));
  await setSource(page, "English", text("en", 2014));
  await expect(page.getByRole("heading", { name: /Checks: No problems/ })).toBeVisible();
  await expect(page.locator(".desk-preview").nth(0).locator("a.figure")).toHaveText("12.30%[1]");
  await expect(page.locator(".desk-preview").nth(1).locator("a.figure")).toHaveText("12.30%[1]");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.locator(".eyebrow")).toHaveText("Waiting for review");
});

test("an editor cannot approve, and nobody approves their own draft (403)", async ({ browser }) => {
  const id = draftUrl.split("/").pop();
  const ed = await as(browser, "ed@example.org", PW.ed);
  const own = await ed.request.post(`${BASE}/api/desk/drafts/${id}/approve`, { headers: { Origin: BASE }, data: { version: 1 } });
  expect(own.status()).toBe(403);
  const ed2 = await as(browser, "ed2@example.org", PW.ed2);
  const editor = await ed2.request.post(`${BASE}/api/desk/drafts/${id}/approve`, { headers: { Origin: BASE }, data: { version: 1 } });
  expect(editor.status()).toBe(403);
  expect((await editor.json()).error).toBe("role");
  // A reviewer's own draft: refused too.
  const rev = await as(browser, "rev@example.org", PW.rev);
  const created = await rev.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: { slug: "lichuan", newRegion: null, title_zh: "重复", title_en: "Dup", summary_zh: "这是一个测试用的摘要文本。", summary_en: "A summary used by the test only.", themes: { industry: { zh: "一句测试。", en: "One test line." } } },
  });
  // lichuan already has a case, so the form is refused with the field named.
  expect(created.status()).toBe(422);
  expect((await created.json()).problems[0].field).toBe("slug");
  const mine = await rev.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: { slug: "revland", newRegion: { zhName: "审稿县", enName: "Revland", level: "county", parent: "enshi", adcode: "422896" }, title_zh: "审稿县案例", title_en: "Revland case", summary_zh: "这是一个测试用的摘要文本。", summary_en: "A summary used by the test only.", themes: { industry: { zh: "一句测试。", en: "One test line." } } },
  });
  expect(mine.status()).toBe(200);
  const ownReview = await rev.request.post(`${BASE}/api/desk/drafts/${(await mine.json()).id}/approve`, { headers: { Origin: BASE }, data: { version: 1 } });
  expect(ownReview.status()).toBe(403);
  expect((await ownReview.json()).error).toBe("own-draft");
});

test("the reviewer requests a change, the editor makes it, the reviewer approves: one commit by the editor, reviewed by the reviewer", async ({ browser }) => {
  const rev = await as(browser, "rev@example.org", PW.rev);
  // Drafts are listed by their title, with the slug second.
  await expect(rev.locator('#desk-queue tr[data-draft="lanxi"]')).toContainText("lanxi");
  await rev.locator("#desk-queue").getByRole("link", { name: "Lanxi: a made-up case written in the desk" }).click();
  // The reviewer sees what the checks say about the version under review.
  await expect(rev.locator(".desk-review-checks")).toContainText(/Checks of version \d+: No problems/);
  await expect(rev.locator(".desk-preview").nth(0).getByRole("heading", { level: 1 })).toHaveText("岚溪县：在编辑台写成的虚构案例");
  await expect(rev.locator(".desk-preview").nth(1).getByRole("heading", { level: 1 })).toHaveText("Lanxi: a made-up case written in the desk");
  for (const f of ["content/cases/lanxi/zh.mdx", "content/cases/lanxi/en.mdx", "content/data/regions.csv", "content/data/sources.csv", "content/data/observations.csv"])
    await expect(rev.locator(".desk-diff summary").filter({ hasText: f })).toBeVisible();
  await expect(rev.locator(".desk-diff").filter({ hasText: "content/data/observations.csv" })).toContainText("+lanxi,poverty_incidence,2014,12.30,official,lanxi-desk-source,,");
  await rev.getByLabel("Comment").fill("Please say where Lanxi is.");
  await rev.getByRole("button", { name: "Request changes" }).click();
  await expect(rev.locator(".eyebrow")).toHaveText("Changes requested");

  const ed = await as(browser, "ed@example.org", PW.ed);
  await ed.goto(draftUrl);
  await expect(ed.locator(".desk-comments")).toContainText("Please say where Lanxi is.");
  await setSource(ed, "English", text("en", 2014, " It lies in the west of Hubei."));
  await setSource(ed, "Chinese", text("zh", 2014, "它位于湖北西部。"));
  await ed.getByRole("button", { name: "Submit for review" }).click();
  await expect(ed.locator(".eyebrow")).toHaveText("Waiting for review");

  await rev.goto(draftUrl);
  await expect(rev.locator(".desk-preview").nth(1)).toContainText("It lies in the west of Hubei.");
  const files = ["content/cases/lanxi/en.mdx", "content/cases/lanxi/zh.mdx", "content/data/observations.csv", "content/data/regions.csv", "content/data/sources.csv"];
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  // Cancelling the confirmation publishes nothing.
  const head = git("rev-parse", "HEAD");
  await rev.getByRole("button", { name: "Approve and publish" }).click();
  const dialog = rev.getByRole("dialog", { name: "Publish this draft?" });
  await expect(dialog).toContainText("“Lanxi: a made-up case written in the desk” (lanxi)");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await rev.reload();
  await expect(rev.locator(".eyebrow")).toHaveText("Waiting for review");
  expect(git("rev-parse", "HEAD")).toBe(head);
  await approve(rev, /“Lanxi: a made-up case written in the desk” \(lanxi\)/, files);
  await expect(rev.locator(".desk-ok")).toContainText("Published as commit");

  expect(git("log", "-1", "--format=%an <%ae>")).toBe("Ed Itor <ed@example.org>");
  expect(git("log", "-1", "--format=%B")).toContain("Reviewed-by: Rae Viewer <rev@example.org>");
  expect(git("status", "--porcelain")).toBe("");
  expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual(
    ["content/cases/lanxi/en.mdx", "content/cases/lanxi/zh.mdx", "content/data/observations.csv", "content/data/regions.csv", "content/data/sources.csv"],
  );
  expect(fs.readFileSync(path.join(repo, "content/cases/lanxi/en.mdx"), "utf8")).toContain("It lies in the west of Hubei.");
  // content:check passes on the commit.
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/content-check.ts", repo], { cwd: ROOT, stdio: "pipe" });
  // The desk shows it published and waiting for a build (this server's build predates it).
  await rev.goto(`${BASE}/en/desk`);
  await expect(rev.locator('#desk-published tr[data-draft="lanxi"]')).toContainText("Waiting for the next build");
});

test("a stale save is refused, both versions are shown and the newer text is kept", async ({ browser }) => {
  const id = Number((await (await as(browser, "ed@example.org", PW.ed)).request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: { slug: "zhuxi-two", newRegion: { zhName: "竹二县", enName: "Zhuer", level: "county", parent: "shiyan", adcode: "420395" }, title_zh: "竹二县案例", title_en: "Zhuer case", summary_zh: "这是一个测试用的摘要文本。", summary_en: "A summary used by the test only.", themes: { industry: { zh: "一句测试。", en: "One test line." } } },
  }).then((r) => r.json())).id);
  const ctx = await browser.newContext();
  const a = await ctx.newPage();
  await signIn(a, BASE, "ed@example.org", PW.ed);
  const b = await ctx.newPage();
  await a.goto(`${BASE}/en/desk/drafts/${id}`);
  await b.goto(`${BASE}/en/desk/drafts/${id}`);
  await expect(b.locator('.desk-source[data-editor="codemirror"]')).toHaveCount(2);
  const original = await sourceOf(a, "en");
  await setSource(a, "English", original + "\nNewer text from the first tab.\n");
  await b.getByLabel("MDX source (English)").fill(original + "\nOlder text from the second tab.\n");
  const conflict = b.getByRole("alert").filter({ hasText: "This draft was changed elsewhere" });
  await expect(conflict).toBeVisible({ timeout: 20_000 });
  await expect(conflict.locator(".desk-stored").nth(1)).toContainText("Newer text from the first tab.");
  await expect(conflict.locator(".desk-yours").nth(1)).toContainText("Older text from the second tab.");
  const db = new Database(dbFile, { readonly: true });
  const row = db.prepare("SELECT en, version FROM Draft WHERE id = ?").get(id) as { en: string; version: number };
  db.close();
  expect(row.en).toContain("Newer text from the first tab.");
  expect(row.en).not.toContain("Older text");
  // Leaving with the unsaved text warns.
  let warned = false;
  b.on("dialog", async (d) => {
    warned = d.type() === "beforeunload";
    await d.dismiss();
  });
  await b.close({ runBeforeUnload: true });
  await expect.poll(() => warned).toBe(true);
});

test("MDX with an import, an expression or <script> is refused with its line, and the preview shows none of it", async ({ browser }) => {
  const page = await as(browser, "ed@example.org", PW.ed);
  await page.locator("#desk-mine").getByRole("link", { name: "Zhuer case" }).click();
  const original = await sourceOf(page, "en");
  const unsafe = original.replace("## Background {#background}", 'import x from "y"\n\n## Background {#background}\n\nTwo is {1 + 1}.\n\n<script>alert(1)</script>');
  await setSource(page, "English", unsafe);
  for (const [needle, message] of <[string, string][]>[
    ['import x from "y"', "import and export are not allowed"],
    ["Two is {1 + 1}.", "JavaScript expressions {1 + 1} are not allowed"],
    ["<script>", "<script> is not allowed in a case"],
  ]) {
    const line = lineOf(unsafe, needle);
    await expect(page.locator(`.desk-checks li[data-file="en"][data-line="${line}"]`)).toContainText(message);
  }
  await expect(page.locator(".desk-preview").nth(1)).toContainText("The preview shows only MDX that passes the safety check");
  await expect(page.locator(".desk-preview script")).toHaveCount(0);
});

test("in the Chinese desk every check, field problem and refusal is in Chinese, at the same line", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, BASE, "ed@example.org", PW.ed, "zh");
  await page.locator("#desk-mine").getByRole("link", { name: "竹二县案例" }).click();
  const source = await sourceOf(page, "en");
  // The previous test left an import, an expression and a <script> in the English text.
  for (const [needle, message] of <[string, string][]>[
    ['import x from "y"', "不允许使用 import 和 export"],
    ["Two is {1 + 1}.", "不允许使用 JavaScript 表达式 {1 + 1}"],
    ["<script>", "案例中不允许使用 script 标签"],
  ]) {
    const item = page.locator(`.desk-checks li[data-file="en"][data-line="${lineOf(source, needle)}"]`);
    await expect(item).toContainText(message);
    await expect(item).not.toContainText("not allowed");
  }
  // Every problem listed reads in Chinese, not only the common ones.
  for (const text of await page.locator(".desk-checks li").allInnerTexts()) expect(text).toMatch(/[\u3400-\u9fff]{2}/);
  const draft = Number(/drafts\/(\d+)/.exec(page.url())![1]);
  const zh = { Origin: BASE, "X-Desk-Locale": "zh" };
  // A data row with a bad year: the field is named and the reason is in Chinese.
  const row = await page.request.post(`${BASE}/api/desk/drafts/${draft}/rows`, {
    headers: zh,
    data: { kind: "observations", rows: [{ region: "zhuxi", indicator: "poverty_incidence", year: "2102", value: "1.5", basis: "official", source: "lanxi-desk-source", note: { zh: "", en: "" } }] },
  });
  expect(row.status()).toBe(422);
  expect((await row.json()).problems).toContainEqual(expect.objectContaining({ field: "year", message: "年份应在 1949 到 2100 之间" }));
  // A refusal: a stale save names both versions in Chinese; the same call from the English desk reads in English.
  const stale = await page.request.put(`${BASE}/api/desk/drafts/${draft}`, { headers: zh, data: { zh: "x", en: "y", version: 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).message).toMatch(/^这份草稿已在别处保存（版本 \d+）；你的修改基于版本 1$/);
  const staleEn = await page.request.put(`${BASE}/api/desk/drafts/${draft}`, { headers: { Origin: BASE, "X-Desk-Locale": "en" }, data: { zh: "x", en: "y", version: 1 } });
  expect((await staleEn.json()).message).toMatch(/^this draft was saved elsewhere \(version \d+\); yours is based on version 1$/);
});

// A long draft of its own (short lines, so every line is one row high) for the layout tests.
async function longDraft(browser: Browser, slug: string, adcode: string): Promise<{ page: Page; url: string; en: string }> {
  const page = await as(browser, "ed@example.org", PW.ed);
  const created = await page.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: { slug, newRegion: { zhName: `${slug}县`, enName: slug, level: "county", parent: "shiyan", adcode }, title_zh: `${slug}长稿`, title_en: `${slug} long draft`, summary_zh: "这是一个测试用的摘要文本。", summary_en: "A summary used by the test only.", themes: { industry: { zh: "一句测试。", en: "One test line." } } },
  });
  const { id } = await created.json();
  const filler = (name: string) => Array.from({ length: 30 }, (_, i) => `${name} paragraph ${i + 1}.`).join("\n\n");
  const long = (t: string) => t.replace(/^(## .*\{#(\w+)\})$/gm, (h, _, id: string) => `${h}\n\n${filler(id)}`);
  const db = new Database(dbFile, { readonly: true });
  const row = db.prepare("SELECT zh, en, version FROM Draft WHERE id = ?").get(id) as { zh: string; en: string; version: number };
  db.close();
  const en = long(row.en);
  const saved = await page.request.put(`${BASE}/api/desk/drafts/${id}`, { headers: { Origin: BASE }, data: { zh: long(row.zh), en, version: row.version } });
  expect(saved.status()).toBe(200);
  return { page, url: `${BASE}/en/desk/drafts/${id}`, en };
}

test("at 1366 px each source stands beside its preview, and scrolling one brings the same section into view in the other", async ({ browser }) => {
  const { page, url } = await longDraft(browser, "sideland", "420393");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(url);
  const pane = page.locator('.desk-pane[data-lang="en"]');
  await expect(pane.locator('.desk-source[data-editor="codemirror"]')).toBeVisible();
  await expect(pane.getByRole("tablist")).toHaveCount(0);
  const src = (await pane.locator(".desk-pane-source").boundingBox())!;
  const pre = (await pane.locator(".desk-pane-preview").boundingBox())!;
  expect(pre.x).toBeGreaterThanOrEqual(src.x + src.width - 1);
  expect(Math.abs(pre.y - src.y)).toBeLessThan(40);
  // Scroll the source until its Results heading is at the top (the editor draws only the lines near its viewport): the preview follows to its Results heading.
  await pane.evaluate((p) => p.scrollIntoView());
  await pane.locator(".cm-scroller").evaluate(async (el, text) => {
    for (let i = 0; i < 60; i++) {
      const line = [...el.querySelectorAll(".cm-line")].find((l) => l.textContent === text);
      const off = line ? line.getBoundingClientRect().top - el.getBoundingClientRect().top : 400;
      if (line && Math.abs(off) < 2) return;
      el.scrollTop += off;
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, "## Results {#results}");
  const top = async (heading: string) => {
    const [h, box] = await Promise.all([pane.locator(`.desk-pane-preview h2#${heading}`).boundingBox(), pane.locator(".desk-pane-preview").boundingBox()]);
    return Math.abs(h!.y - box!.y);
  };
  await expect.poll(() => top("results")).toBeLessThan(60);
  // And back: scrolling the preview to Measures brings the source's Measures heading into view.
  await pane.locator(".desk-pane-preview").evaluate((el) => {
    const h = el.querySelector("h2#measures") as HTMLElement;
    el.scrollTop += h.getBoundingClientRect().top - el.getBoundingClientRect().top;
  });
  await expect(pane.locator(".cm-line").filter({ hasText: "## Measures {#measures}" })).toBeInViewport();
});

test("at 390 px source and preview are tabs, the diff wraps and nothing scrolls sideways", async ({ browser }) => {
  const { page, url } = await longDraft(browser, "tabland", "420392");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  const pane = page.locator('.desk-pane[data-lang="en"]');
  await expect(pane.locator('.desk-source[data-editor="codemirror"]')).toBeVisible();
  const source = pane.getByRole("tab", { name: "Source" });
  const preview = pane.getByRole("tab", { name: "Preview" });
  await expect(pane.getByRole("tablist", { name: "English: source and preview" })).toBeVisible();
  await expect(source).toHaveAttribute("aria-selected", "true");
  await expect(pane.getByRole("tabpanel")).toHaveCount(1);
  await expect(pane.getByRole("heading", { name: "Preview (English)" })).toBeHidden();
  await source.focus();
  await page.keyboard.press("ArrowRight");
  await expect(preview).toBeFocused();
  await expect(preview).toHaveAttribute("aria-selected", "true");
  await expect(pane.getByRole("tabpanel", { name: "Preview" })).toBeVisible();
  await expect(pane.getByRole("heading", { name: "Preview (English)" })).toBeVisible();
  await expect(pane.getByLabel("MDX source (English)")).toBeHidden();
  await page.keyboard.press("ArrowLeft");
  await expect(source).toBeFocused();
  await expect(pane.getByLabel("MDX source (English)")).toBeVisible();
  // Every file's diff open: long lines wrap, and the page never scrolls sideways.
  for (const d of await page.locator(".desk-diff summary").all()) await d.click();
  await expect(page.locator(".desk-diff pre").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "sideways scroll in px").toBeLessThanOrEqual(0);
  for (const pre of await page.locator(".desk-diff pre").all()) expect(await pre.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});

test("the code editor is loaded on desk pages only: a public case page loads no script containing CodeMirror", async ({ browser }) => {
  const scripts = (page: Page) => {
    const bodies: string[] = [];
    page.on("response", async (res) => {
      if (res.request().resourceType() === "script") bodies.push(await res.text().catch(() => ""));
    });
    return bodies;
  };
  const codemirror = (b: string) => /cm-gutterElement|cm-lineNumbers/.test(b);
  const reader = await (await browser.newContext()).newPage();
  const pub = scripts(reader);
  await reader.goto(`${BASE}/en/cases/lichuan`);
  await reader.waitForLoadState("networkidle");
  expect(pub.length).toBeGreaterThan(0);
  expect(pub.filter(codemirror)).toEqual([]);
  const ed = await as(browser, "ed@example.org", PW.ed);
  const desk = scripts(ed);
  await ed.locator("#desk-mine").getByRole("link", { name: "Zhuer case" }).click();
  await expect(ed.locator('.desk-source[data-editor="codemirror"]')).toHaveCount(2);
  await ed.waitForLoadState("networkidle");
  expect(desk.filter(codemirror).length).toBeGreaterThan(0);
});

test("a wrong password keeps the email in its field, without JavaScript", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${BASE}/en/desk/sign-in`);
  await page.getByLabel("Email").fill("ed2@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk/sign-in?error=invalid`);
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue("ed2@example.org");
  await expect(page.getByLabel("Password")).toHaveValue("");
  // The address is not in the URL, and the right password then signs in.
  expect(page.url()).not.toContain("ed2");
  await page.getByLabel("Password").fill(PW.ed2);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk`);
});

test("ten wrong passwords lock the account, even against the right one", async ({ request }) => {
  const tryPw = (password: string) => request.post(`${BASE}/api/desk/auth/sign-in`, { headers: { Origin: BASE }, form: { email: "locky@example.org", password, locale: "en" }, maxRedirects: 0 });
  for (let i = 0; i < 9; i++) expect((await tryPw(`wrong-${i}`)).headers().location).toBe("/en/desk/sign-in?error=invalid");
  expect((await tryPw("wrong-9")).headers().location).toBe("/en/desk/sign-in?error=locked");
  const right = await tryPw(PW.locky);
  expect(right.headers().location).toBe("/en/desk/sign-in?error=locked");
  expect(right.headers()["set-cookie"]).toBeUndefined();
});

test("an editor changes their password; signing out ends the session, and an expired session sends the editor to sign-in", async ({ browser }) => {
  const page = await as(browser, "ed2@example.org", PW.ed2);
  await page.getByRole("link", { name: "Signed in as Eda Second (editor)" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk/account`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Current password").fill("not-the-password");
  await page.getByLabel("New password (at least 10 characters)").fill("a-new-password-42");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The password was not changed" })).toContainText("the current password is wrong");
  await page.getByLabel("Current password").fill(PW.ed2);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();
  PW.ed2 = "a-new-password-42";
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk/sign-in?signedOut=1`);
  await page.goto(`${BASE}/en/desk`);
  await expect(page).toHaveURL(`${BASE}/en/desk/sign-in`);

  const again = await as(browser, "ed2@example.org", PW.ed2);
  const db = new Database(dbFile);
  db.prepare("UPDATE session SET expiresAt = ? WHERE userId = (SELECT id FROM user WHERE email = ?)").run(Date.now() - 1000, "ed2@example.org");
  db.close();
  await again.goto(`${BASE}/en/desk`);
  await expect(again).toHaveURL(`${BASE}/en/desk/sign-in`);
});

test("an admin invites someone by a one-time link; they choose their own password without JavaScript, sign in, and the link stops working", async ({ browser }) => {
  const admin = await as(browser, "admin@example.org", PW.admin);
  await admin.goto(`${BASE}/en/desk/users`);
  await admin.getByLabel("Email", { exact: true }).fill("Newbie@Example.org");
  await admin.getByLabel("Name", { exact: true }).fill("New Bie");
  const form = admin.getByRole("form", { name: "Invite a user" });
  await form.locator('select[name="role"]').selectOption("reviewer");
  await form.locator('select[name="locale"]').selectOption("zh");
  await admin.getByRole("button", { name: "Create the invitation" }).click();
  const link = admin.locator(".desk-link");
  await expect(link).toHaveValue(new RegExp(`^${BASE}/zh/desk/invite/[A-Za-z0-9_-]{43}$`));
  const url = await link.inputValue();
  const token = url.split("/").at(-1)!;
  await admin.reload();
  await expect(admin.locator("#desk-invites")).toContainText("newbie@example.org");
  // Only the token's hash is stored; an editor cannot invite anyone.
  const db = new Database(dbFile, { readonly: true });
  const rows = db.prepare("SELECT * FROM Invite WHERE email = ?").all("newbie@example.org") as Record<string, unknown>[];
  db.close();
  expect(rows).toHaveLength(1);
  expect(JSON.stringify(rows)).not.toContain(token);
  const editor = await as(browser, "ed@example.org", PW.ed);
  const refused = await editor.request.post(`${BASE}/api/desk/invites`, { headers: { Origin: BASE }, data: { email: "x@example.org", name: "X", role: "admin" } });
  expect(refused.status()).toBe(403);

  // The invited person, in a browser without JavaScript: the form is plain HTML.
  const guest = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await guest.goto(url);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("加入编辑台");
  await expect(guest.locator(".desk-sign-in")).toContainText("newbie@example.org");
  await expect(guest.locator(".desk-sign-in")).toContainText("审稿人");
  await guest.getByLabel("密码（至少10个字符）").fill("invited-pass-123");
  await guest.getByLabel("再输入一次密码").fill("invited-pass-124");
  await guest.getByRole("button", { name: "设置密码" }).click();
  await expect(guest.getByRole("alert")).toHaveText("两次输入的密码不一致。");
  await guest.getByLabel("密码（至少10个字符）").fill("invited-pass-123");
  await guest.getByLabel("再输入一次密码").fill("invited-pass-123");
  await guest.getByRole("button", { name: "设置密码" }).click();
  await expect(guest).toHaveURL(`${BASE}/zh/desk/sign-in?invited=1`);
  await expect(guest.locator(".desk-ok")).toHaveText("密码已设置，请用它登录。");
  await signIn(guest, BASE, "newbie@example.org", "invited-pass-123", "zh");

  // The link is spent: it shows why, and offers no form.
  const again = await (await browser.newContext()).newPage();
  await again.goto(url);
  await expect(again.locator(".desk-error")).toContainText("此邀请链接无法使用");
  await expect(again.locator('input[type="password"]')).toHaveCount(0);
  const reuse = await again.request.post(`${BASE}/api/desk/invites/accept`, { headers: { Origin: BASE }, form: { token, password: "another-pass-123", confirm: "another-pass-123", locale: "en" }, maxRedirects: 0 });
  expect(reuse.status()).toBe(303);
  expect(reuse.headers().location).toContain("error=invalid");
  await admin.reload();
  await expect(admin.locator("#desk-invites")).toHaveCount(0);
});

test("the admin reads the audit trail, which nothing can change", async ({ browser }) => {
  const page = await as(browser, "admin@example.org", PW.admin);
  await page.getByRole("link", { name: "Audit trail" }).click();
  const audit = page.locator("#desk-audit");
  for (const action of ["sign-in", "sign-in.failed", "sign-out", "draft.create", "draft.save", "draft.save.refused", "data.add", "draft.submit", "draft.request-changes", "draft.approve", "publish", "user.create", "user.invite", "user.invite.accept", "user.password"])
    await expect(audit.locator(`tr[data-action="${action}"]`).first()).toBeVisible();
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
  await expect(audit.locator('tr[data-action="publish"]')).toContainText(`commit ${commit}`);
  const db = new Database(dbFile);
  expect(() => db.prepare("DELETE FROM AuditEvent").run()).toThrow(/append-only/);
  expect(() => db.prepare("UPDATE AuditEvent SET action = 'x'").run()).toThrow(/append-only/);
  db.close();
  // The zh desk, too.
  await page.goto(`${BASE}/zh/desk/audit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("操作记录");
});

test("an editor publishes a data change on its own for an existing region: one commit touching only content/data", async ({ browser }) => {
  const ed = await as(browser, "ed@example.org", PW.ed);
  // Bad input is refused with the field named, and nothing is created.
  const post = (data: unknown) => ed.request.post(`${BASE}/api/desk/drafts`, { headers: { Origin: BASE }, data });
  const noTitle = await post({ kind: "data", slug: "lichuan", newRegion: null, title: " " });
  expect(noTitle.status()).toBe(400);
  expect((await noTitle.json()).problems).toEqual([{ field: "title", message: "expected a short description of the change, e.g. Lichuan: 2019 income figures" }]);
  const nowhere = await post({ kind: "data", slug: "nowhere", newRegion: null, title: "Figures for nowhere" });
  expect(nowhere.status()).toBe(422);
  expect((await nowhere.json()).problems).toEqual([{ field: "slug", message: 'no region "nowhere" yet: choose an existing region or describe a new one' }]);
  const oddKind = await post({ kind: "glossary", slug: "lichuan", title: "x" });
  expect(oddKind.status()).toBe(400);
  expect((await oddKind.json()).problems[0].field).toBe("kind");

  await ed.goto(`${BASE}/en/desk/new`);
  await expect(async () => {
    await ed.getByLabel("A data change on its own (sources, figures, events; no case text)").check();
    await expect(ed.getByLabel("What changes (one line; the commit is titled “Data: …”)")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(ed.getByLabel("Title (English)")).toHaveCount(0);
  await ed.getByRole("combobox", { name: "Region" }).selectOption("lichuan");
  await ed.getByLabel("What changes (one line; the commit is titled “Data: …”)").fill("Lichuan: poverty incidence in 2018");
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
  const save = await ed.request.put(`${BASE}/api/desk/drafts/${id}`, { headers: { Origin: BASE }, data: { zh: "x", en: "y", version: 1 } });
  expect(save.status()).toBe(409);
  expect((await save.json()).error).toBe("data-draft");

  await ed.waitForLoadState("networkidle");
  await ed.getByText("Add a source").click();
  const source = ed.getByRole("form", { name: "Add a source" });
  const values: Record<string, string> = { id: "lichuan-desk-data", title: "利川市测试数据", titleEn: "Lichuan test data", "publisher.zh": "测试出版社", "publisher.en": "Test Publisher", date: "2019", url: "", seedFile: "", "note.zh": "测试用的虚构资料。", "note.en": "Made up for the tests." };
  for (const [k, v] of Object.entries(values)) await source.getByLabel(k, { exact: true }).fill(v);
  await source.getByRole("button", { name: "Add" }).click();
  await expect(ed.locator('table[data-kind="sources"]')).toContainText("lichuan-desk-data");
  // A source no row cites yet is a check problem: the draft cannot be submitted.
  await expect(ed.locator(".desk-checks li")).toHaveText([/^content\/data\/sources\.csv, line \d+: source "lichuan-desk-data" is not cited by any observation, event or case$/]);
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

  const rev = await as(browser, "rev@example.org", PW.rev);
  await rev.locator('#desk-queue tr[data-kind="data"]').getByRole("link", { name: "Lichuan: poverty incidence in 2018" }).click();
  await expect(rev).toHaveURL(url);
  await expect(rev.locator(".desk-diff summary")).toHaveCount(2);
  await expect(rev.locator(".desk-diff").filter({ hasText: "content/data/sources.csv" })).toContainText("+lichuan-desk-data,利川市测试数据,Lichuan test data");
  await expect(rev.locator(".desk-diff").filter({ hasText: "content/data/observations.csv" })).toContainText("+lichuan,poverty_incidence,2018,1.20,official,lichuan-desk-data,,");
  await approve(rev, /“Lichuan: poverty incidence in 2018” \(lichuan\)/, ["content/data/observations.csv", "content/data/sources.csv"]);
  await expect(rev.locator(".desk-ok")).toContainText("Published as commit");

  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  expect(git("log", "-1", "--format=%an <%ae>|%s")).toBe("Ed Itor <ed@example.org>|Data: Lichuan: poverty incidence in 2018");
  expect(git("log", "-1", "--format=%B")).toContain("Reviewed-by: Rae Viewer <rev@example.org>");
  expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual(["content/data/observations.csv", "content/data/sources.csv"]);
  expect(git("status", "--porcelain")).toBe("");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/content-check.ts", repo], { cwd: ROOT, stdio: "pipe" });
  // The running site's data does not hold the new figure yet: the desk says it waits for a build.
  await rev.goto(`${BASE}/en/desk`);
  await expect(rev.locator('#desk-published tr[data-kind="data"]')).toContainText("Waiting for the next build");
});

test("a published data change whose rows the running site already holds is shown as on the site", async ({ browser }) => {
  // The first figure of the real data, which this server's database was built from.
  const [header, first] = fs.readFileSync(path.join(ROOT, "content/data/observations.csv"), "utf8").split("\n");
  const row = Object.fromEntries(header!.split(",").map((k, i) => [k, first!.split(",")[i] ?? ""]));
  const db = new Database(dbFile);
  const author = (db.prepare("SELECT id FROM user WHERE email = ?").get("ed@example.org") as { id: string }).id;
  const data = JSON.stringify({ region: null, sources: [], observations: [row], events: [] });
  const insert = db.prepare("INSERT INTO Draft (slug, kind, title, status, authorId, zh, en, data, updatedAt, publishedCommit, publishedAt) VALUES (?, 'data', ?, 'published', ?, '', '', ?, ?, 'abc', ?)");
  const now = new Date().toISOString().replace("Z", "+00:00");
  insert.run(row.region, "Already built", author, data, now, now);
  insert.run(row.region, "Not built", author, JSON.stringify({ region: null, sources: [], observations: [{ ...row, value: `${row.value}1` }], events: [] }), now, now);
  db.close();
  const page = await as(browser, "rev@example.org", PW.rev);
  await expect(page.locator('#desk-published tr[data-kind="data"]').filter({ hasText: "Already built" })).toContainText("On the site");
  await expect(page.locator('#desk-published tr[data-kind="data"]').filter({ hasText: "Not built" })).toContainText("Waiting for the next build");
});

test("the events form names a bad date; the preview's timeline lists the store's events and the draft's new one in date order", async ({ browser }) => {
  const ed = await as(browser, "ed@example.org", PW.ed);
  // Hubei has an event in the store (2015-09-24) and no case yet.
  const created = await ed.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: { slug: "hubei", newRegion: null, title_zh: "湖北省案例", title_en: "Hubei case", summary_zh: "这是一个测试用的摘要文本。", summary_en: "A summary used by the test only.", themes: { industry: { zh: "一句测试。", en: "One test line." } } },
  });
  expect(created.status()).toBe(200);
  hubeiUrl = `${BASE}/en/desk/drafts/${(await created.json()).id}`;
  await ed.goto(hubeiUrl);
  const timeline = (n: number) => ed.locator(".desk-preview").nth(n).locator("ol.timeline li");
  await expect(timeline(1)).toHaveCount(1);
  await expect(timeline(1)).toContainText("Decision on Fully Advancing Targeted Poverty Alleviation");

  await ed.waitForLoadState("networkidle");
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

test("a CSV batch of figures shows data:import's diff before anything is added; a bad value is refused naming its line and column", async ({ browser }) => {
  const ed = await as(browser, "ed@example.org", PW.ed);
  await ed.goto(hubeiUrl);
  await ed.waitForLoadState("networkidle");
  await ed.getByText("Upload a CSV batch of figures").click();
  const header = "region,indicator,year,value,basis,source,note_zh,note_en";
  // One row as stored, one with a new value, one new.
  const good = [header, "lichuan,poverty_incidence,2013,27.4,official,lichuan-chapter,,", "lichuan,poverty_incidence,2019,0.30,official,lichuan-chapter,,", "lichuan,poverty_incidence,2016,9.10,official,lichuan-chapter,,", ""].join("\n");
  await ed.getByLabel("Upload a CSV batch of figures", { exact: true }).setInputFiles({ name: "batch.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await expect(ed.getByLabel("CSV", { exact: true })).toHaveValue(good);
  await ed.getByRole("button", { name: "Show the changes" }).click();
  const batch = ed.locator(".desk-batch");
  await expect(batch.locator("pre")).toHaveText(
    ['  + lichuan/poverty_incidence/2016/official  value "9.10", source "lichuan-chapter"', '  ~ lichuan/poverty_incidence/2019/official  value "0.25" → "0.30"', "  = 1 row(s) unchanged"].join("\n"),
    { useInnerText: true },
  );
  await expect(batch).toContainText("1 added, 1 changed, 1 unchanged");
  // Nothing was added yet.
  await expect(ed.locator('table[data-kind="observations"]')).toHaveCount(0);
  await ed.getByRole("button", { name: "Add these rows to the draft" }).click();
  await expect(ed.getByRole("status").filter({ hasText: "Added 2 rows to the draft." })).toBeVisible();
  await expect(ed.locator('table[data-kind="observations"] tbody tr')).toHaveCount(2);
  const obsDiff = ed.locator(".desk-diff").filter({ has: ed.locator("summary code", { hasText: /^content\/data\/observations\.csv$/ }) });
  await expect(obsDiff).toContainText("-lichuan,poverty_incidence,2019,0.25,official,lichuan-chapter,,");
  await expect(obsDiff).toContainText("+lichuan,poverty_incidence,2019,0.30,official,lichuan-chapter,,");
  await expect(obsDiff).toContainText("+lichuan,poverty_incidence,2016,9.10,official,lichuan-chapter,,");

  const bad = [header, "lichuan,poverty_incidence,2017,4.0,official,lichuan-chapter,,", "lichuan,poverty_incidence,2018,\"1,20\",official,lichuan-chapter,,", ""].join("\n");
  await ed.getByLabel("CSV", { exact: true }).fill(bad);
  await ed.getByRole("button", { name: "Show the changes" }).click();
  await expect(batch.locator(".desk-error li")).toHaveText([`line 3: value: expected a number written with digits and an optional decimal point, e.g. 65.77 (got "1,20")`]);
  await expect(ed.getByRole("button", { name: "Add these rows to the draft" })).toHaveCount(0);
  await expect(ed.locator('table[data-kind="observations"] tbody tr')).toHaveCount(2);
});

test("after a build the published case is on the index, in compare, in search and in the API", async ({ page, request }) => {
  test.setTimeout(10 * 60_000);
  linkDependencies(repo);
  execFileSync("npm", ["run", "build"], { cwd: repo, stdio: "pipe", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  site = await startServer(repo, SITE_PORT, process.env);
  const S = `http://localhost:${SITE_PORT}`;
  await page.goto(`${S}/en/cases/lanxi`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lanxi: a made-up case written in the desk");
  await expect(page.locator("a.figure")).toHaveText(/12\.30%/);
  await page.goto(`${S}/en/cases`);
  await expect(page.locator('.case-card[data-case="lanxi"]')).toBeVisible();
  await page.goto(`${S}/en/compare?regions=lanxi,china&indicator=poverty_incidence`);
  await expect(page.locator('#compare-change tr[data-series^="lanxi--"] [data-cell="first"]')).toHaveText("12.30 (2014)");
  await page.goto(`${S}/en/search?q=Qinglan`);
  await expect(page.locator('.search-results a.search-title[href="/en/cases/lanxi"]')).toBeVisible();
  const obs = await (await request.get(`${S}/api/v1/observations?region=lanxi`)).json();
  expect(obs.data).toEqual([expect.objectContaining({ region: "lanxi", indicator: "poverty_incidence", year: 2014, value: 12.3, source: "lanxi-desk-source" })]);
});

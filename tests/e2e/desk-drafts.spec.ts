import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { test, type Browser, type Page } from "@playwright/test";
import { hydrated, ROOT, signIn } from "./desk-helpers";
import {
  approve,
  as,
  caseDraft,
  caseText,
  draftRow,
  expect,
  lineOf,
  PW,
  saveText,
  setSource,
  sourceOf,
  submittedCase,
  deskSpec,
} from "./desk-fixtures";

// The desk's drafts: writing a case, its checks and preview, review and publishing, and the editor's layout.
// Its own server, scratch desk database and scratch git repository; every test makes its own drafts through the API,
// so the tests run in any order and one failure fails only itself.
const spec = deskSpec("desk-drafts-", 30);
const BASE = spec.base;
const repo = () => spec.desk.repo;
const dbFile = () => spec.desk.dbFile;

test("an editor creates a case for a made-up region with a new source and figure; checks and preview follow the text", async ({
  browser,
}) => {
  const page = await as(browser, BASE, "ed@example.org", PW.ed);
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
  await page
    .getByLabel("Summary (English)")
    .fill("Lanxi is a made-up county that exists only to test the editors' desk.");
  await page.getByLabel("Relocation", { exact: true }).check();
  await page.getByLabel("Relocation · In Chinese").fill("测试用的易地搬迁说明。");
  await page.getByLabel("Relocation · In English").fill("A test sentence about relocation.");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page).toHaveURL(/\/en\/desk\/drafts\/\d+$/);
  // The scaffold's placeholders are flagged at once.
  await expect(page.locator(".desk-checks li").first()).toBeVisible();

  // A new source, every field validated by db:build's schema: a bad date is named, then fixed.
  await page.getByText("Add a source").click();
  const source = page.getByRole("form", { name: "Add a source" });
  const values: Record<string, string> = {
    id: "lanxi-desk-source",
    title: "岚溪县测试资料",
    titleEn: "Lanxi test source",
    "publisher.zh": "测试出版社",
    "publisher.en": "Test Publisher",
    date: "2020-13",
    url: "",
    seedFile: "",
    "note.zh": "测试用的虚构资料。",
    "note.en": "Made up for the tests.",
  };
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
  const bad = { zh: caseText("zh", 2015), en: caseText("en", 2015) };
  await setSource(page, "Chinese", bad.zh);
  await setSource(page, "English", bad.en);
  const enLine = lineOf(bad.en, "year={2015}");
  const problem = page.locator(`.desk-checks li[data-file="en"][data-line="${enLine}"]`);
  await expect(problem).toContainText(`English, line ${enLine}`);
  await expect(problem).toContainText(
    "no observation for lanxi / poverty_incidence / 2015 in content/data/observations.csv",
  );
  await problem.getByRole("button").click();
  await expect(page.getByLabel("MDX source (English)")).toBeFocused();
  // The code editor shows that line, marked, with its number in the gutter.
  const marked = page.locator('.desk-pane[data-lang="en"] .cm-line.cm-desk-flash');
  await expect(marked).toHaveCount(1);
  await expect(marked).toBeInViewport();
  await expect(marked).toContainText("year={2015}");
  await expect(
    page
      .locator('.desk-pane[data-lang="en"] .cm-lineNumbers .cm-gutterElement')
      .filter({ hasText: new RegExp(`^${enLine}$`) }),
  ).toBeVisible();
  await expect(page.locator(".desk-preview").nth(1)).toContainText("no data for lanxi / poverty_incidence / 2015");

  // Fixed: no problems, and the preview shows the figure's value in both languages.
  await setSource(page, "Chinese", caseText("zh", 2014));
  await setSource(page, "English", caseText("en", 2014));
  await expect(page.getByRole("heading", { name: /Checks: No problems/ })).toBeVisible();
  await expect(page.locator(".desk-preview").nth(0).locator("a.figure")).toHaveText("12.30%[1]");
  await expect(page.locator(".desk-preview").nth(1).locator("a.figure")).toHaveText("12.30%[1]");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.locator(".eyebrow")).toHaveText("Waiting for review");
});

test("an editor cannot approve, and nobody approves their own draft (403)", async ({ browser }) => {
  const ed = await as(browser, BASE, "ed@example.org", PW.ed);
  const id = await submittedCase(ed.request, BASE, dbFile(), "ownland", "420383");
  const own = await ed.request.post(`${BASE}/api/desk/drafts/${id}/approve`, {
    headers: { Origin: BASE },
    data: { version: 1 },
  });
  expect(own.status()).toBe(403);
  const ed2 = await as(browser, BASE, "ed2@example.org", PW.ed2);
  const editor = await ed2.request.post(`${BASE}/api/desk/drafts/${id}/approve`, {
    headers: { Origin: BASE },
    data: { version: 1 },
  });
  expect(editor.status()).toBe(403);
  expect((await editor.json()).error).toBe("role");
  // A reviewer's own draft: refused too.
  const rev = await as(browser, BASE, "rev@example.org", PW.rev);
  const created = await rev.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: {
      slug: "lichuan",
      newRegion: null,
      title_zh: "重复",
      title_en: "Dup",
      summary_zh: "这是一个测试用的摘要文本。",
      summary_en: "A summary used by the test only.",
      themes: { industry: { zh: "一句测试。", en: "One test line." } },
    },
  });
  // lichuan already has a case, so the form is refused with the field named.
  expect(created.status()).toBe(422);
  expect((await created.json()).problems[0].field).toBe("slug");
  const mine = await rev.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: {
      slug: "revland",
      newRegion: { zhName: "审稿县", enName: "Revland", level: "county", parent: "enshi", adcode: "422896" },
      title_zh: "审稿县案例",
      title_en: "Revland case",
      summary_zh: "这是一个测试用的摘要文本。",
      summary_en: "A summary used by the test only.",
      themes: { industry: { zh: "一句测试。", en: "One test line." } },
    },
  });
  expect(mine.status()).toBe(200);
  const ownReview = await rev.request.post(`${BASE}/api/desk/drafts/${(await mine.json()).id}/approve`, {
    headers: { Origin: BASE },
    data: { version: 1 },
  });
  expect(ownReview.status()).toBe(403);
  expect((await ownReview.json()).error).toBe("own-draft");
});

test("the reviewer requests a change, the editor makes it, the reviewer approves: one commit by the editor, reviewed by the reviewer", async ({
  browser,
}) => {
  const author = await as(browser, BASE, "ed@example.org", PW.ed);
  const draftUrl = `${BASE}/en/desk/drafts/${await submittedCase(author.request, BASE, dbFile(), "lanxir", "420387")}`;
  const rev = await as(browser, BASE, "rev@example.org", PW.rev);
  // Drafts are listed by their title, with the slug second.
  await expect(rev.locator('#desk-queue tr[data-draft="lanxir"]')).toContainText("lanxir");
  await rev
    .locator('#desk-queue tr[data-draft="lanxir"]')
    .getByRole("link", { name: "Lanxi: a made-up case written in the desk" })
    .click();
  // The reviewer sees what the checks say about the version under review.
  await expect(rev.locator(".desk-review-checks")).toContainText(/Checks of version \d+: No problems/);
  await expect(rev.locator(".desk-preview").nth(0).getByRole("heading", { level: 1 })).toHaveText(
    "岚溪县：在编辑台写成的虚构案例",
  );
  await expect(rev.locator(".desk-preview").nth(1).getByRole("heading", { level: 1 })).toHaveText(
    "Lanxi: a made-up case written in the desk",
  );
  for (const f of [
    "content/cases/lanxir/zh.mdx",
    "content/cases/lanxir/en.mdx",
    "content/data/regions.csv",
    "content/data/sources.csv",
    "content/data/observations.csv",
  ])
    await expect(rev.locator(".desk-diff summary").filter({ hasText: f })).toBeVisible();
  await expect(rev.locator(".desk-diff").filter({ hasText: "content/data/observations.csv" })).toContainText(
    "+lanxir,poverty_incidence,2014,12.30,official,lanxir-desk-source,,",
  );
  await rev.getByLabel("Comment").fill("Please say where Lanxi is.");
  await rev.getByRole("button", { name: "Request changes" }).click();
  await expect(rev.locator(".eyebrow")).toHaveText("Changes requested");

  const ed = author;
  await ed.goto(draftUrl);
  await expect(ed.locator(".desk-comments")).toContainText("Please say where Lanxi is.");
  await setSource(
    ed,
    "English",
    caseText("en", 2014, { slug: "lanxir", source: "lanxir-desk-source", extra: " It lies in the west of Hubei." }),
  );
  await setSource(
    ed,
    "Chinese",
    caseText("zh", 2014, { slug: "lanxir", source: "lanxir-desk-source", extra: "它位于湖北西部。" }),
  );
  await ed.getByRole("button", { name: "Submit for review" }).click();
  await expect(ed.locator(".eyebrow")).toHaveText("Waiting for review");

  await rev.goto(draftUrl);
  await expect(rev.locator(".desk-preview").nth(1)).toContainText("It lies in the west of Hubei.");
  const files = [
    "content/cases/lanxir/en.mdx",
    "content/cases/lanxir/zh.mdx",
    "content/data/observations.csv",
    "content/data/regions.csv",
    "content/data/sources.csv",
  ];
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo(), encoding: "utf8" }).trim();
  // Cancelling the confirmation publishes nothing.
  const head = git("rev-parse", "HEAD");
  await rev.getByRole("button", { name: "Approve and publish" }).click();
  const dialog = rev.getByRole("dialog", { name: "Publish this draft?" });
  await expect(dialog).toContainText("“Lanxi: a made-up case written in the desk” (lanxir)");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await rev.reload();
  await expect(rev.locator(".eyebrow")).toHaveText("Waiting for review");
  expect(git("rev-parse", "HEAD")).toBe(head);
  await approve(rev, /“Lanxi: a made-up case written in the desk” \(lanxir\)/, files);
  await expect(rev.locator(".desk-ok")).toContainText("Published as commit");

  expect(git("log", "-1", "--format=%an <%ae>")).toBe("Ed Itor <ed@example.org>");
  expect(git("log", "-1", "--format=%B")).toContain("Reviewed-by: Rae Viewer <rev@example.org>");
  expect(git("status", "--porcelain")).toBe("");
  expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual([
    "content/cases/lanxir/en.mdx",
    "content/cases/lanxir/zh.mdx",
    "content/data/observations.csv",
    "content/data/regions.csv",
    "content/data/sources.csv",
  ]);
  expect(fs.readFileSync(path.join(repo(), "content/cases/lanxir/en.mdx"), "utf8")).toContain(
    "It lies in the west of Hubei.",
  );
  // content:check passes on the commit.
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/content-check.ts", repo()],
    { cwd: ROOT, stdio: "pipe" },
  );
  // The desk shows it published and waiting for a build (this server's build predates it).
  await rev.goto(`${BASE}/en/desk`);
  await expect(rev.locator('#desk-published tr[data-draft="lanxir"]')).toContainText("Waiting for the next build");
});

test("a stale save is refused, both versions are shown and the newer text is kept", async ({ browser }) => {
  const id = Number(
    (
      await (
        await as(browser, BASE, "ed@example.org", PW.ed)
      ).request
        .post(`${BASE}/api/desk/drafts`, {
          headers: { Origin: BASE },
          data: {
            slug: "zhuxi-two",
            newRegion: { zhName: "竹二县", enName: "Zhuer", level: "county", parent: "shiyan", adcode: "420395" },
            title_zh: "竹二县案例",
            title_en: "Zhuer case",
            summary_zh: "这是一个测试用的摘要文本。",
            summary_en: "A summary used by the test only.",
            themes: { industry: { zh: "一句测试。", en: "One test line." } },
          },
        })
        .then((r) => r.json())
    ).id,
  );
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
  const db = new Database(dbFile(), { readonly: true });
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

test("MDX with an import, an expression or <script> is refused with its line, and the preview shows none of it", async ({
  browser,
}) => {
  const page = await as(browser, BASE, "ed@example.org", PW.ed);
  await page.goto(`${BASE}/en/desk/drafts/${await caseDraft(page.request, BASE, "unsafeland", "420386")}`);
  const original = await sourceOf(page, "en");
  const unsafe = original.replace(
    "## Background {#background}",
    'import x from "y"\n\n## Background {#background}\n\nTwo is {1 + 1}.\n\n<script>alert(1)</script>',
  );
  await setSource(page, "English", unsafe);
  for (const [needle, message] of <[string, string][]>[
    ['import x from "y"', "import and export are not allowed"],
    ["Two is {1 + 1}.", "JavaScript expressions {1 + 1} are not allowed"],
    ["<script>", "<script> is not allowed in a case"],
  ]) {
    const line = lineOf(unsafe, needle);
    await expect(page.locator(`.desk-checks li[data-file="en"][data-line="${line}"]`)).toContainText(message);
  }
  await expect(page.locator(".desk-preview").nth(1)).toContainText(
    "The preview shows only MDX that passes the safety check",
  );
  await expect(page.locator(".desk-preview script")).toHaveCount(0);
});

test("in the Chinese desk every check, field problem and refusal is in Chinese, at the same line", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, BASE, "ed@example.org", PW.ed, "zh");
  // A draft whose English text holds an import, an expression and a <script>.
  const id = await caseDraft(page.request, BASE, "zhland", "420385");
  const stored = draftRow(dbFile(), id);
  const source = stored.en.replace(
    "## Background {#background}",
    'import x from "y"\n\n## Background {#background}\n\nTwo is {1 + 1}.\n\n<script>alert(1)</script>',
  );
  await saveText(page.request, BASE, dbFile(), id, stored.zh, source);
  await page.goto(`${BASE}/zh/desk/drafts/${id}`);
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
    data: {
      kind: "observations",
      rows: [
        {
          region: "zhuxi",
          indicator: "poverty_incidence",
          year: "2102",
          value: "1.5",
          basis: "official",
          source: "lanxi-desk-source",
          note: { zh: "", en: "" },
        },
      ],
    },
  });
  expect(row.status()).toBe(422);
  expect((await row.json()).problems).toContainEqual(
    expect.objectContaining({ field: "year", message: "年份应在 1949 到 2100 之间" }),
  );
  // A refusal: a stale save names both versions in Chinese; the same call from the English desk reads in English.
  const stale = await page.request.put(`${BASE}/api/desk/drafts/${draft}`, {
    headers: zh,
    data: { zh: "x", en: "y", version: 1 },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).message).toMatch(/^这份草稿已在别处保存（版本 \d+）；你的修改基于版本 1$/);
  const staleEn = await page.request.put(`${BASE}/api/desk/drafts/${draft}`, {
    headers: { Origin: BASE, "X-Desk-Locale": "en" },
    data: { zh: "x", en: "y", version: 1 },
  });
  expect((await staleEn.json()).message).toMatch(
    /^this draft was saved elsewhere \(version \d+\); yours is based on version 1$/,
  );
});

// A long draft of its own (short lines, so every line is one row high) for the layout tests.
async function longDraft(
  browser: Browser,
  slug: string,
  adcode: string,
): Promise<{ page: Page; url: string; en: string }> {
  const page = await as(browser, BASE, "ed@example.org", PW.ed);
  const created = await page.request.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: {
      slug,
      newRegion: { zhName: `${slug}县`, enName: slug, level: "county", parent: "shiyan", adcode },
      title_zh: `${slug}长稿`,
      title_en: `${slug} long draft`,
      summary_zh: "这是一个测试用的摘要文本。",
      summary_en: "A summary used by the test only.",
      themes: { industry: { zh: "一句测试。", en: "One test line." } },
    },
  });
  const { id } = await created.json();
  const filler = (name: string) => Array.from({ length: 30 }, (_, i) => `${name} paragraph ${i + 1}.`).join("\n\n");
  const long = (t: string) => t.replace(/^(## .*\{#(\w+)\})$/gm, (h, _, id: string) => `${h}\n\n${filler(id)}`);
  const db = new Database(dbFile(), { readonly: true });
  const row = db.prepare("SELECT zh, en, version FROM Draft WHERE id = ?").get(id) as {
    zh: string;
    en: string;
    version: number;
  };
  db.close();
  const en = long(row.en);
  const saved = await page.request.put(`${BASE}/api/desk/drafts/${id}`, {
    headers: { Origin: BASE },
    data: { zh: long(row.zh), en, version: row.version },
  });
  expect(saved.status()).toBe(200);
  return { page, url: `${BASE}/en/desk/drafts/${id}`, en };
}

test("at 1366 px each source stands beside its preview, and scrolling one brings the same section into view in the other", async ({
  browser,
}) => {
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
    const [h, box] = await Promise.all([
      pane.locator(`.desk-pane-preview h2#${heading}`).boundingBox(),
      pane.locator(".desk-pane-preview").boundingBox(),
    ]);
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
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "sideways scroll in px").toBeLessThanOrEqual(0);
  for (const pre of await page.locator(".desk-diff pre").all())
    expect(await pre.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});

test("the code editor is loaded on desk pages only: a public case page loads no script containing CodeMirror", async ({
  browser,
}) => {
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
  await hydrated(reader);
  expect(pub.length).toBeGreaterThan(0);
  expect(pub.filter(codemirror)).toEqual([]);
  const ed = await as(browser, BASE, "ed@example.org", PW.ed);
  const desk = scripts(ed);
  await ed.goto(`${BASE}/en/desk/drafts/${await caseDraft(ed.request, BASE, "cmland", "420384")}`);
  await expect(ed.locator('.desk-source[data-editor="codemirror"]')).toHaveCount(2);
  await hydrated(ed);
  expect(desk.filter(codemirror).length).toBeGreaterThan(0);
});

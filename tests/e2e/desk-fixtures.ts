import Database from "better-sqlite3";
import fs from "node:fs";
import type { ChildProcess } from "node:child_process";
import {
  expect as baseExpect,
  request as requests,
  test,
  type APIRequestContext,
  type Browser,
  type Page,
} from "@playwright/test";
import { hydrated, postSignIn, signIn, startDesk, stopDesk, stopProcess, type Desk } from "./desk-helpers";

// Shared by the desk specs: each test makes its own drafts through the desk's API, so no test needs another to run first.

// Each save runs the draft's checks; on a busy machine that takes a few seconds.
export const expect = baseExpect.configure({ timeout: 15_000 });

// Time budgets by step, not one budget for a whole journey.
export const STEP = { page: 30_000, save: 30_000, publish: 60_000 };

// One desk spec file's setup: its own server (DESK_E2E_PORT + offset), scratch desk database and scratch git repository,
// started before its tests and stopped after them. The tests run in order on that server but do not depend on each
// other: mode "default" (not "serial") runs the rest after a failure. `others`: more processes to stop at the end.
export function deskSpec(prefix: string, offset: number, users = USERS, others: () => unknown[] = () => []) {
  const port = Number(process.env.DESK_E2E_PORT ?? 3151) + offset;
  const spec = { base: `http://localhost:${port}`, desk: undefined as unknown as Desk };
  test.describe.configure({ mode: "default", timeout: 3 * 60_000 });
  test.use({ navigationTimeout: STEP.page });
  test.beforeAll(async () => {
    test.setTimeout(4 * 60_000);
    spec.desk = await startDesk(prefix, port, [...users]);
  });
  // Stopping a server and removing the scratch folder take longer than the default 30 s on a busy machine.
  test.afterAll(async () => {
    test.setTimeout(2 * 60_000);
    await stopDesk(spec.desk, ...(others() as Parameters<typeof stopDesk>[1][]));
  });
  return spec;
}

export const PW = { ed: "editor-pass-123", ed2: "editor2-pass-12", rev: "review-pass-123", admin: "admin-pass-123" };
// The author (ed) and the reviewer (rev) of USERS, each signed in on the server at `base` in an API context of their own.
export async function signInAuthorAndReviewer(
  base: string,
): Promise<{ ed: APIRequestContext; rev: APIRequestContext }> {
  const [ed, rev] = [await requests.newContext(), await requests.newContext()];
  expect((await postSignIn(ed, base, { email: "ed@example.org", password: PW.ed })).status()).toBe(303);
  expect((await postSignIn(rev, base, { email: "rev@example.org", password: PW.rev })).status()).toBe(303);
  return { ed, rev };
}

// After a spec that starts its own servers from prepareDesk: stop them, close the contexts, remove the scratch folder.
export async function tearDownDesk(
  dir: string | undefined,
  servers: (ChildProcess | undefined)[],
  contexts: (APIRequestContext | undefined)[],
): Promise<void> {
  for (const s of servers) if (s) await stopProcess(s);
  for (const c of contexts) await c?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

export const USERS: [email: string, role: string, name: string, password: string][] = [
  ["ed@example.org", "editor", "Ed Itor", PW.ed],
  ["ed2@example.org", "editor", "Eda Second", PW.ed2],
  ["rev@example.org", "reviewer", "Rae Viewer", PW.rev],
  ["admin@example.org", "admin", "Ada Min", PW.admin],
];

// A made-up case's MDX in one language, citing `source` and showing its figure for `year`.
export function caseText(
  locale: "zh" | "en",
  year: number,
  { slug = "lanxi", source = "lanxi-desk-source", extra = "" } = {},
): string {
  const zh = locale === "zh";
  return `---
title: ${zh ? "岚溪县：在编辑台写成的虚构案例" : '"Lanxi: a made-up case written in the desk"'}
summary: ${zh ? "岚溪县是测试用的虚构地区，只用来检查编辑台。" : "Lanxi is a made-up county that exists only to test the editors' desk."}
region: ${slug}
level: county
province: hubei
period: { start: 2014, end: 2019 }
themes:
  relocation: ${zh ? "测试用的易地搬迁说明。" : "A test sentence about relocation."}
sources: [${source}]
updated: 2026-11-30
---

## ${zh ? "背景" : "Background"} {#background}

${zh ? "岚溪县是虚构的地区" : "Lanxi is a made-up region"}<Cite id="${source}" />.${extra}

## ${zh ? "历程" : "Timeline"} {#timeline}

<Timeline />

## ${zh ? "主要举措" : "Measures"} {#measures}

### ${zh ? "易地扶贫搬迁" : "Relocation"} {#relocation}

${zh ? "测试文本提到青岚搬迁点" : "The desk text mentions the Qinglan relocation site"}<Cite id="${source}" />.

## ${zh ? "成效" : "Results"} {#results}

${zh ? `${year}年贫困发生率为` : `In ${year} poverty incidence was`} <Figure region="${slug}" indicator="poverty_incidence" year={${year}} />.

## ${zh ? "经验与启示" : "Lessons"} {#lessons}

${zh ? "无。" : "None."}
`;
}

export const lineOf = (s: string, needle: string) => s.split("\n").findIndex((l) => l.includes(needle)) + 1;

// The text the editor holds, as the form field behind it carries it.
export const sourceOf = (page: Page, lang: "zh" | "en") => page.locator(`textarea[data-source="${lang}"]`).inputValue();

// Types into the editor once React is running, and waits until the autosave has stored a newer version.
export async function setSource(page: Page, lang: "Chinese" | "English", value: string) {
  await hydrated(page);
  const status = page.locator(".desk-save");
  const version = async () => Number(/^Saved \(version (\d+)\)$/.exec(await status.innerText())?.[1] ?? 0);
  await expect.poll(version).toBeGreaterThan(0);
  const before = await version();
  // The code editor replaces the textarea once it has loaded; it answers to the same label.
  await expect(page.locator('.desk-source[data-editor="codemirror"]')).toHaveCount(2);
  await page.getByLabel(`MDX source (${lang})`).fill(value);
  await expect.poll(version, { timeout: STEP.save }).toBeGreaterThan(before);
}

// Approving asks first, naming the draft and the files its commit will touch; this confirms.
export async function approve(page: Page, name: RegExp, files: string[]) {
  await page.getByRole("button", { name: "Approve and publish" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish this draft?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(name);
  for (const f of files) await expect(dialog.getByRole("listitem").filter({ hasText: f })).toHaveCount(1);
  await dialog.getByRole("button", { name: "Publish now" }).click();
}

// A signed-in page of its own (its own browser context, so its own session).
export async function as(
  browser: Browser,
  base: string,
  email: string,
  password: string,
  locale: "zh" | "en" = "en",
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, base, email, password, locale);
  return page;
}

// A desk API call from a signed-in request context, from the desk's own origin; fails the test on anything but `status`.
export async function api<T = Record<string, unknown>>(
  request: APIRequestContext,
  base: string,
  method: "post" | "put",
  path: string,
  data: unknown,
  status = 200,
): Promise<T> {
  const res = await request[method](`${base}${path}`, { headers: { Origin: base }, data });
  expect(res.status(), `${method.toUpperCase()} ${path}: ${await res.text()}`).toBe(status);
  return (await res.json().catch(() => ({}))) as T;
}

// A new case draft for a made-up county (`slug`, `adcode` unique per test), made through POST /api/desk/drafts.
export async function caseDraft(
  request: APIRequestContext,
  base: string,
  slug: string,
  adcode: string,
  title = `${slug} case`,
): Promise<number> {
  const body = {
    slug,
    newRegion: { zhName: `${slug}县`, enName: slug, level: "county", parent: "shiyan", adcode },
    title_zh: `${slug}案例`,
    title_en: title,
    summary_zh: "这是一个测试用的摘要文本。",
    summary_en: "A summary used by the test only.",
    themes: { industry: { zh: "一句测试。", en: "One test line." } },
  };
  return (await api<{ id: number }>(request, base, "post", "/api/desk/drafts", body)).id;
}

// The draft as stored (the version a save must name).
export function draftRow(dbFile: string, id: number): { zh: string; en: string; version: number; status: string } {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare("SELECT zh, en, version, status FROM Draft WHERE id = ?").get(id) as {
      zh: string;
      en: string;
      version: number;
      status: string;
    };
  } finally {
    db.close();
  }
}

// Saves both languages' MDX through the API, naming the stored version.
export async function saveText(
  request: APIRequestContext,
  base: string,
  dbFile: string,
  id: number,
  zh: string,
  en: string,
): Promise<void> {
  await api(request, base, "put", `/api/desk/drafts/${id}`, { zh, en, version: draftRow(dbFile, id).version });
}

// Rows go to the desk in the domain shape ({zh, en} pairs, titleEn), as its forms send them.
export const sourceRow = (id: string) => ({
  id,
  title: "岚溪县测试资料",
  titleEn: "Lanxi test source",
  publisher: { zh: "测试出版社", en: "Test Publisher" },
  date: "2020",
  url: "",
  language: "zh",
  locator: { zh: "", en: "" },
  note: { zh: "测试用的虚构资料。", en: "Made up for the tests." },
  seedFile: "",
  internalNote: "",
});

// A complete made-up case (region, source, one figure, both texts) with no check problems, submitted for review by `request`'s user.
export async function submittedCase(
  request: APIRequestContext,
  base: string,
  dbFile: string,
  slug: string,
  adcode: string,
): Promise<number> {
  const id = await caseDraft(request, base, slug, adcode, "Lanxi: a made-up case written in the desk");
  const source = `${slug}-desk-source`;
  await api(request, base, "post", `/api/desk/drafts/${id}/rows`, { kind: "sources", rows: [sourceRow(source)] });
  const figure = {
    region: slug,
    indicator: "poverty_incidence",
    year: "2014",
    value: "12.30",
    basis: "official",
    source,
    note: { zh: "", en: "" },
  };
  await api(request, base, "post", `/api/desk/drafts/${id}/rows`, { kind: "observations", rows: [figure] });
  await saveText(
    request,
    base,
    dbFile,
    id,
    caseText("zh", 2014, { slug, source }),
    caseText("en", 2014, { slug, source }),
  );
  await api(request, base, "post", `/api/desk/drafts/${id}/submit`, {});
  return id;
}

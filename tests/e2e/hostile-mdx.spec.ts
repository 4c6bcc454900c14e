import { execFileSync, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { checkProject } from "../../lib/editor/check-project";
import { HOSTILE_MDX } from "../fixtures/hostile-mdx";
import { linkDependencies, ROOT, signIn, startDesk } from "./desk-helpers";

// The hostile corpus through the whole path: the desk's save (content:check's checks), publishing into a scratch
// clone, content:check on that clone and `npm run build` of it. A canary file and a secret variable prove nothing ran.
const PORT = Number(process.env.HOSTILE_E2E_PORT ?? 3161);
const BASE = `http://localhost:${PORT}`;
const PW = { ed: "hostile-ed-pass-1", rev: "hostile-rev-pass-1" };
const SECRET = "HOSTILE_MDX_SECRET";
const VALUE = `secret-${Math.random().toString(36).slice(2)}`;
const SLUG = "hostland";
let dir = "";
let repo = "";
let canary = "";
let server: ChildProcess | undefined;
let draftId = 0;
let version = 0;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(4 * 60_000);
  ({ dir, repo, server } = await startDesk(
    "hostile-e2e-",
    PORT,
    [
      ["hed@example.org", "editor", "Hos Tile", PW.ed],
      ["hrev@example.org", "reviewer", "Rev Iewer", PW.rev],
    ],
    { [SECRET]: VALUE },
  ));
  canary = path.join(dir, "pwned.txt");
});

// Removing the scratch folders takes longer than the default 30 s on a busy machine.
test.afterAll(() => {
  test.setTimeout(2 * 60_000);
  server?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const payload = (mdx: string) => mdx.replaceAll("CANARY", canary).replaceAll("SECRET", SECRET);
const HEAD_EN =
  '## Background {#background}\n\nHostland is a made-up county for the hostile-MDX test<Cite id="lichuan-chapter" />.\n\n';

// A case that passes every check, with `extra` in its English background section.
function text(locale: "zh" | "en", extra = ""): string {
  const zh = locale === "zh";
  return `---
title: ${zh ? "敌意县：安全测试用的虚构案例" : '"Hostland: a made-up case for the safety test"'}
summary: ${zh ? "敌意县是测试用的虚构地区，只用来检查编辑写下的内容不会被执行。" : "Hostland is a made-up county that exists only to prove that nothing an editor types is run."}
region: ${SLUG}
level: county
province: hubei
period: { start: 2014, end: 2019 }
themes:
  industry: ${zh ? "测试用的产业说明。" : "A test sentence about industry."}
sources: [lichuan-chapter]
updated: 2026-12-02
---

${zh ? '## 背景 {#background}\n\n敌意县是虚构的地区<Cite id="lichuan-chapter" />。\n\n' : HEAD_EN}${extra}

## ${zh ? "历程 {#timeline}" : "Timeline {#timeline}"}

<Timeline />

## ${zh ? "主要举措 {#measures}" : "Measures {#measures}"}

### ${zh ? "产业扶贫 {#industry}" : "Industry {#industry}"}

${zh ? "测试文本。" : "Test text."}

## ${zh ? "成效 {#results}" : "Results {#results}"}

${zh ? "无。" : "None."}

## ${zh ? "经验与启示 {#lessons}" : "Lessons {#lessons}"}

${zh ? "无。" : "None."}
`;
}

async function api(browser: Browser, email: string, password: string): Promise<APIRequestContext> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, BASE, email, password);
  return page.request;
}

type Saved = { version: number; issues: { file: string; line?: number; message: string }[] };
async function save(req: APIRequestContext, en: string): Promise<Saved> {
  const res = await req.put(`${BASE}/api/desk/drafts/${draftId}`, {
    headers: { Origin: BASE },
    data: { zh: text("zh"), en, version },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as Saved;
  version = body.version;
  return body;
}

test("the desk refuses each hostile line at its line, and accepts the ones it draws as text", async ({ browser }) => {
  const ed = await api(browser, "hed@example.org", PW.ed);
  const created = await ed.post(`${BASE}/api/desk/drafts`, {
    headers: { Origin: BASE },
    data: {
      slug: SLUG,
      newRegion: { zhName: "敌意县", enName: "Hostland", level: "county", parent: "enshi", adcode: "422897" },
      title_zh: "敌意县案例",
      title_en: "Hostland case",
      summary_zh: "这是一个测试用的摘要文本。",
      summary_en: "A summary used by the test only.",
      themes: { industry: { zh: "一句测试。", en: "One test line." } },
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  draftId = (await created.json()).id;
  version = 1;
  const file = `content/cases/${SLUG}/en.mdx`;
  for (const h of HOSTILE_MDX.filter((x) => x.refused)) {
    const mdx = payload(h.mdx);
    const en = text("en", `${mdx}\n`);
    const from = en.split("\n").indexOf(mdx.split("\n")[0]!) + 1;
    const to = from + mdx.split("\n").length - 1;
    const { issues } = await save(ed, en);
    const here = issues.filter((i) => i.file === file);
    expect(here.length, `${h.name}: ${JSON.stringify(issues)}`).toBeGreaterThan(0);
    for (const i of here) expect(i.line, `${h.name}: ${i.message}`).toBeGreaterThanOrEqual(from);
    for (const i of here) expect(i.line, `${h.name}: ${i.message}`).toBeLessThanOrEqual(to);
  }
  const shown = HOSTILE_MDX.filter((x) => !x.refused)
    .map((h) => payload(h.mdx))
    .join("\n\n");
  const { issues } = await save(ed, text("en", `${shown}\n`));
  expect(issues).toEqual([]);
  const submitted = await ed.post(`${BASE}/api/desk/drafts/${draftId}/submit`, { headers: { Origin: BASE }, data: {} });
  expect(submitted.status(), await submitted.text()).toBe(200);
  // Submitting makes a new version: the one the reviewer reads and approves.
  version += 1;
  expect(fs.existsSync(canary)).toBe(false);
});

test("publishing commits the lines drawn as text; content:check on the clone passes them and refuses the others at their lines", async ({
  browser,
}) => {
  test.setTimeout(4 * 60_000);
  const rev = await api(browser, "hrev@example.org", PW.rev);
  const res = await rev.post(`${BASE}/api/desk/drafts/${draftId}/approve`, {
    headers: { Origin: BASE },
    data: { version },
  });
  expect(res.status(), await res.text()).toBe(200);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  expect(git("show", "--name-only", "--format=", "HEAD")).toContain(`content/cases/${SLUG}/en.mdx`);
  const check = () =>
    spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/content-check.ts", repo], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, [SECRET]: VALUE },
    });
  expect(check().status).toBe(0);
  // Each refused line written straight into the clone (as a plain git commit would), checked, then put back:
  // the command once, then the same checks it runs (checkProject) in this process for the rest of the corpus.
  const en = path.join(repo, `content/cases/${SLUG}/en.mdx`);
  const published = fs.readFileSync(en, "utf8");
  try {
    HOSTILE_MDX.filter((x) => x.refused).forEach((h, n) => {
      const mdx = payload(h.mdx);
      const withRefused = published.replace("None.", `None.\n\n${mdx}`);
      fs.writeFileSync(en, withRefused);
      let lines: number[];
      if (n === 0) {
        const r = check();
        expect(r.status, mdx).toBe(1);
        lines = [...r.stderr.matchAll(new RegExp(`content/cases/${SLUG}/en\\.mdx:(\\d+):`, "g"))].map((m) =>
          Number(m[1]),
        );
      } else
        lines = checkProject(repo)
          .issues.filter((i) => i.file === `content/cases/${SLUG}/en.mdx`)
          .map((i) => i.line ?? 0);
      const first = withRefused.split("\n").indexOf(mdx.split("\n")[0]!) + 1;
      const last = first + mdx.split("\n").length - 1;
      expect(lines.length, `${h.name}: nothing refused`).toBeGreaterThan(0);
      for (const l of lines)
        expect(l >= first && l <= last, `${h.name}: refused at ${l}, not ${first}–${last}`).toBe(true);
    });
  } finally {
    fs.writeFileSync(en, published);
  }
  expect(fs.existsSync(canary)).toBe(false);
});

test("a build of the clone draws every accepted line as text; the canary file is never written and the secret never shown", async () => {
  test.setTimeout(15 * 60_000);
  linkDependencies(repo);
  execFileSync("npm", ["run", "build"], {
    cwd: repo,
    stdio: "pipe",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", [SECRET]: VALUE },
  });
  const html = fs.readFileSync(path.join(repo, `.next/server/app/en/cases/${SLUG}.html`), "utf8");
  const prose = html
    .slice(html.indexOf('class="prose"'))
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');
  for (const h of HOSTILE_MDX.filter((x) => !x.refused && x.shows)) expect(prose, h.name).toContain(h.shows!);
  expect(prose).toContain("Hostland is a made-up county for the hostile-MDX test");
  expect(html).not.toContain(VALUE);
  expect(prose.slice(0, prose.indexOf('id="sources"'))).not.toMatch(/javascript:|<script/i);
  expect(fs.existsSync(canary)).toBe(false);
});

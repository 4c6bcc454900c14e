import Database from "better-sqlite3";
import { test } from "@playwright/test";
import { hydrated, postSignIn, signIn } from "./desk-helpers";
import { api, as, caseDraft, draftRow, expect, PW, saveText, submittedCase, USERS, deskSpec } from "./desk-fixtures";

// The desk's doors: sign-in, sessions, passwords, invitations and the audit trail.
// Its own server, scratch desk database and scratch git repository; every test makes its own drafts through the API,
// so the tests run in any order and one failure fails only itself.
const spec = deskSpec("desk-access-", 0, [
  ...USERS,
  ["locky@example.org", "editor", "Lock Y", "locky-pass-123"],
  ["nojs@example.org", "editor", "No Script", "nojs-pass-123"],
  ["pw@example.org", "editor", "Pat Word", "pw-pass-1234"],
  ["aud@example.org", "editor", "Aud It", "aud-pass-1234"],
]);
const BASE = spec.base;
const dbFile = () => spec.desk.dbFile;

test("an anonymous visitor is sent to sign-in; desk pages are private and noindex", async ({ page, request }) => {
  for (const locale of ["zh", "en"]) {
    await page.goto(`${BASE}/${locale}/desk`);
    await expect(page).toHaveURL(`${BASE}/${locale}/desk/sign-in`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      locale === "zh" ? "登录编辑台" : "Sign in to the editors' desk",
    );
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
  const page = await as(browser, BASE, "ed@example.org", PW.ed);
  const foreign = await page.request.put(`${BASE}/api/desk/drafts/1`, {
    headers: { Origin: "https://evil.example" },
    data: { zh: "x", en: "y", version: 1 },
  });
  expect(foreign.status()).toBe(403);
  const noOrigin = await page.request.post(`${BASE}/api/desk/drafts`, { data: {} });
  expect(noOrigin.status()).toBe(403);
  const signInElsewhere = await postSignIn(
    request,
    BASE,
    { email: "ed@example.org", password: PW.ed },
    "https://evil.example",
  );
  expect(signInElsewhere.status()).toBe(403);
  // Signing in set only the desk's httpOnly session cookie; a public page sets none.
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "desk.session_token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const pub = await page.request.get(`${BASE}/en/cases/lichuan`);
  expect(pub.headers()["set-cookie"] ?? "").not.toMatch(/desk\./);
});

test("a wrong password keeps the email in its field, without JavaScript", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${BASE}/en/desk/sign-in`);
  await page.getByLabel("Email").fill("nojs@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk/sign-in?error=invalid`);
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue("nojs@example.org");
  await expect(page.getByLabel("Password")).toHaveValue("");
  // The address is not in the URL, and the right password then signs in.
  expect(page.url()).not.toContain("nojs");
  await page.getByLabel("Password").fill("nojs-pass-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk`);
});

test("ten wrong passwords lock the account, even against the right one", async ({ request }) => {
  const tryPw = (password: string) => postSignIn(request, BASE, { email: "locky@example.org", password });
  for (let i = 0; i < 9; i++)
    expect((await tryPw(`wrong-${i}`)).headers().location).toBe("/en/desk/sign-in?error=invalid");
  expect((await tryPw("wrong-9")).headers().location).toBe("/en/desk/sign-in?error=locked");
  const right = await tryPw("locky-pass-123");
  expect(right.headers().location).toBe("/en/desk/sign-in?error=locked");
  expect(right.headers()["set-cookie"]).toBeUndefined();
});

test("an editor changes their password; signing out ends the session, and an expired session sends the editor to sign-in", async ({
  browser,
}) => {
  const page = await as(browser, BASE, "pw@example.org", "pw-pass-1234");
  await page.getByRole("link", { name: "Signed in as Pat Word (editor)" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk/account`);
  await hydrated(page);
  await page.getByLabel("Current password").fill("not-the-password");
  await page.getByLabel("New password (at least 10 characters)").fill("a-new-password-42");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The password was not changed" })).toContainText(
    "the current password is wrong",
  );
  await page.getByLabel("Current password").fill("pw-pass-1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${BASE}/en/desk/sign-in?signedOut=1`);
  await page.goto(`${BASE}/en/desk`);
  await expect(page).toHaveURL(`${BASE}/en/desk/sign-in`);

  const again = await as(browser, BASE, "pw@example.org", "a-new-password-42");
  const db = new Database(dbFile());
  db.prepare("UPDATE session SET expiresAt = ? WHERE userId = (SELECT id FROM user WHERE email = ?)").run(
    Date.now() - 1000,
    "pw@example.org",
  );
  db.close();
  await again.goto(`${BASE}/en/desk`);
  await expect(again).toHaveURL(`${BASE}/en/desk/sign-in`);
});

test("an admin invites someone by a one-time link; they choose their own password without JavaScript, sign in, and the link stops working", async ({
  browser,
}) => {
  const admin = await as(browser, BASE, "admin@example.org", PW.admin);
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
  const db = new Database(dbFile(), { readonly: true });
  const rows = db.prepare("SELECT * FROM Invite WHERE email = ?").all("newbie@example.org") as Record<
    string,
    unknown
  >[];
  db.close();
  expect(rows).toHaveLength(1);
  expect(JSON.stringify(rows)).not.toContain(token);
  const editor = await as(browser, BASE, "ed@example.org", PW.ed);
  const refused = await editor.request.post(`${BASE}/api/desk/invites`, {
    headers: { Origin: BASE },
    data: { email: "x@example.org", name: "X", role: "admin" },
  });
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
  const reuse = await again.request.post(`${BASE}/api/desk/invites/accept`, {
    headers: { Origin: BASE },
    form: { token, password: "another-pass-123", confirm: "another-pass-123", locale: "en" },
    maxRedirects: 0,
  });
  expect(reuse.status()).toBe(303);
  expect(reuse.headers().location).toContain("error=invalid");
  await admin.reload();
  await expect(admin.locator("#desk-invites")).toHaveCount(0);
});

test("the admin reads the audit trail of every kind of action, which nothing can change", async ({
  browser,
  request,
}) => {
  // Every audited action, done here through the API (users were created by startDesk's desk:user).
  expect(
    (await postSignIn(request, BASE, { email: "aud@example.org", password: "wrong-password" })).headers().location,
  ).toBe("/en/desk/sign-in?error=invalid");
  const ed = await as(browser, BASE, "aud@example.org", "aud-pass-1234");
  const rev = await as(browser, BASE, "rev@example.org", PW.rev);
  const admin = await as(browser, BASE, "admin@example.org", PW.admin);
  const id = await submittedCase(ed.request, BASE, dbFile(), "audland", "420389");
  // A save naming an older version of an open draft is refused (a submitted draft refuses saves for its status instead).
  const open = await caseDraft(ed.request, BASE, "staleaud", "420382");
  const stored = draftRow(dbFile(), open);
  await saveText(ed.request, BASE, dbFile(), open, stored.zh, `${stored.en}\nA newer line.\n`);
  await api(ed.request, BASE, "put", `/api/desk/drafts/${open}`, { zh: "x", en: "y", version: stored.version }, 409);
  await api(rev.request, BASE, "post", `/api/desk/drafts/${id}/request-changes`, {
    body: "Looks fine; one more look.",
  });
  await api(ed.request, BASE, "post", `/api/desk/drafts/${id}/submit`, {});
  const { commit } = await api<{ commit: string }>(rev.request, BASE, "post", `/api/desk/drafts/${id}/approve`, {
    version: draftRow(dbFile(), id).version,
  });
  const { path: invite } = await api<{ path: string }>(admin.request, BASE, "post", "/api/desk/invites", {
    email: "audited@example.org",
    name: "Audi Ted",
    role: "editor",
    locale: "en",
  });
  const accepted = await request.post(`${BASE}/api/desk/invites/accept`, {
    headers: { Origin: BASE },
    form: { token: invite.split("/").at(-1)!, password: "audited-pass-1", confirm: "audited-pass-1", locale: "en" },
    maxRedirects: 0,
  });
  expect(accepted.headers().location).toBe("/en/desk/sign-in?invited=1");
  await api(ed.request, BASE, "post", "/api/desk/password", {
    currentPassword: "aud-pass-1234",
    newPassword: "aud-pass-5678",
  });
  await ed.goto(`${BASE}/en/desk/account`);
  await hydrated(ed);
  await ed.getByRole("button", { name: "Sign out" }).click();
  await expect(ed).toHaveURL(`${BASE}/en/desk/sign-in?signedOut=1`);

  await admin.goto(`${BASE}/en/desk`);
  await admin.getByRole("link", { name: "Audit trail" }).click();
  const audit = admin.locator("#desk-audit");
  for (const action of [
    "sign-in",
    "sign-in.failed",
    "sign-out",
    "draft.create",
    "draft.save",
    "draft.save.refused",
    "data.add",
    "draft.submit",
    "draft.request-changes",
    "draft.approve",
    "publish",
    "user.create",
    "user.invite",
    "user.invite.accept",
    "user.password",
  ])
    await expect(audit.locator(`tr[data-action="${action}"]`).first()).toBeVisible();
  await expect(audit.locator('tr[data-action="publish"]').filter({ hasText: `commit ${commit}` })).toHaveCount(1);
  const db = new Database(dbFile());
  expect(() => db.prepare("DELETE FROM AuditEvent").run()).toThrow(/append-only/);
  expect(() => db.prepare("UPDATE AuditEvent SET action = 'x'").run()).toThrow(/append-only/);
  db.close();
  // The zh desk, too.
  await admin.goto(`${BASE}/zh/desk/audit`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("操作记录");
});

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";

export const ROOT = path.resolve(".");
const NEXT = path.join(ROOT, "node_modules/next/dist/bin/next");

// Who a test's commits are by.
export const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "t@example.org",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "t@example.org",
};

// Builds a scratch project (dependencies linked from this one) and serves it with next start on `port`.
export async function buildAndServe(dir: string, port: number): Promise<ChildProcess> {
  linkDependencies(dir);
  execFileSync("npm", ["run", "build"], {
    cwd: dir,
    stdio: "pipe",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return startServer(dir, port, process.env);
}

// A copy of the project's files as a git repository of its own: the desk publishes into it, never into the real one.
export function makeRepo(dir: string): void {
  for (const f of execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean))
    if (fs.existsSync(path.join(ROOT, f))) fs.cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      stdio: "pipe",
      env: GIT_ENV,
    });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "start");
}

// The project's node_modules and generated clients, hard-linked (Turbopack will not follow a symlink out of the project).
export function linkDependencies(dir: string): void {
  fs.cpSync(path.join(ROOT, "generated"), path.join(dir, "generated"), { recursive: true });
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  } catch {
    fs.cpSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
}

export function addUser(env: NodeJS.ProcessEnv, email: string, role: string, name: string, password: string): void {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "scripts/desk-user.ts",
      "add",
      email,
      "--role",
      role,
      "--name",
      name,
    ],
    { cwd: ROOT, env, input: password, stdio: "pipe" },
  );
}

// `detached`: in a process group of its own, so a test can kill the server and everything it started at once.
export async function startServer(
  cwd: string,
  port: number,
  env: NodeJS.ProcessEnv,
  { detached = false } = {},
): Promise<ChildProcess> {
  // A server left on the port would answer in place of ours.
  const taken = await fetch(`http://localhost:${port}/zh`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use: stop what is listening there`);
  const server = spawn(process.execPath, [NEXT, "start", "-p", String(port)], {
    cwd,
    stdio: "ignore",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    detached,
  });
  for (let i = 0; i < 200 && server.exitCode === null && server.signalCode === null; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/zh`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopProcess(server);
  throw new Error(`the server on port ${port} did not start`);
}

// The desk's sign-in form handler, the one place its path is written (it answers with a 303 and, on success, the session cookie).
export const SIGN_IN_PATH = "/api/desk/auth/sign-in";
export function postSignIn(
  request: APIRequestContext,
  base: string,
  form: { email: string; password: string; locale?: "zh" | "en" },
  origin = base,
): Promise<APIResponse> {
  return request.post(`${base}${SIGN_IN_PATH}`, {
    headers: { Origin: origin },
    form: { locale: "en", ...form },
    maxRedirects: 0,
  });
}

// React has hydrated the page (app/[locale]/layout renders the marker): its forms and buttons now answer.
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
}

export async function signIn(
  page: Page,
  base: string,
  email: string,
  password: string,
  locale: "zh" | "en" = "en",
): Promise<void> {
  await page.goto(`${base}/${locale}/desk/sign-in`);
  await page.getByLabel(locale === "en" ? "Email" : "电子邮箱").fill(email);
  await page.getByLabel(locale === "en" ? "Password" : "密码").fill(password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "登录" }).click();
  await expect(page).toHaveURL(`${base}/${locale}/desk`);
}

export type Desk = { dir: string; repo: string; dbFile: string; env: NodeJS.ProcessEnv; server: ChildProcess };

// A desk of its own: a scratch folder with a git copy of the project, a migrated desk database, these users, and a server.
export async function startDesk(
  prefix: string,
  port: number,
  users: [email: string, role: string, name: string, password: string][],
  serverEnv: Record<string, string> = {},
): Promise<Desk> {
  const desk = prepareDesk(prefix, users);
  const server = await startServer(ROOT, port, { ...desk.env, ...serverEnv });
  return { ...desk, server };
}

// The same, without a server: the scratch folder, its git copy of the project, the migrated database and the users.
export function prepareDesk(
  prefix: string,
  users: [email: string, role: string, name: string, password: string][],
): Omit<Desk, "server"> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const repo = path.join(dir, "repo");
  fs.mkdirSync(repo);
  makeRepo(repo);
  const dbFile = path.join(dir, "desk.db");
  const env = { ...process.env, DESK_DATABASE_URL: `file:${dbFile}`, DESK_REPO_DIR: repo };
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy", "--config", "prisma.desk.config.ts"],
    { cwd: ROOT, env, stdio: "pipe" },
  );
  for (const [email, role, name, password] of users) addUser(env, email, role, name, password);
  return { dir, repo, dbFile, env };
}

// Stops a desk's server (and waits for it, so the next worker can take its port) and removes its scratch folder.
export async function stopDesk(desk: Desk | undefined, ...others: (ChildProcess | undefined)[]): Promise<void> {
  for (const p of [desk?.server, ...others]) if (p) await stopProcess(p);
  if (desk) fs.rmSync(desk.dir, { recursive: true, force: true });
}

// Asks a server to stop and waits until it has; one still running after 10 s (a busy machine) is killed.
export async function stopProcess(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((r) => p.once("exit", r));
  p.kill();
  const late = setTimeout(() => p.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(late);
}

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { CASES } from "./data";

// deploy/nginx/locations.conf in front of the app under test, on loopback: the same caching rules as production.
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const PROXY_PORT = Number(process.env.PROXY_PORT ?? APP_PORT + 4900);
const PROXY = `http://127.0.0.1:${PROXY_PORT}`;
const APP = `http://127.0.0.1:${APP_PORT}`;

test.describe.configure({ mode: "serial" });
test.skip(
  !NGINX,
  "nginx is not installed here (apt-get install nginx-light); .ci/run installs it, so CI runs this test",
);

let dir = "";
let nginx: ChildProcess | undefined;

test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "proxy-test-"));
  fs.mkdirSync(path.join(dir, "logs"));
  const conf = `
${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=poverty_cases:10m max_size=100m inactive=1h use_temp_path=off;
  upstream poverty_cases_app { server 127.0.0.1:${APP_PORT}; keepalive 8; }
  map $scheme $hsts { https "max-age=63072000; includeSubDomains"; default ""; }
  server {
    listen 127.0.0.1:${PROXY_PORT};
    include ${path.resolve("deploy/nginx/locations.conf")};
  }
}`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  execFileSync(NGINX!, ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "pipe" });
  nginx = spawn(NGINX!, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${PROXY}/api/v1/indicators`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nginx did not start on ${PROXY}: ${fs.readFileSync(path.join(dir, "logs/error.log"), "utf8")}`);
});

test.afterAll(() => {
  nginx?.kill("SIGQUIT");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function get(url: string, init?: RequestInit) {
  const res = await fetch(url, { redirect: "manual", ...init });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

test("pages are served from the cache, byte for byte what the app sends", async () => {
  for (const page of ["/en/cases", `/zh/cases/${CASES[0]}`, "/en/cases/filter?theme=industry"]) {
    const direct = await get(APP + page);
    const first = await get(PROXY + page);
    const second = await get(PROXY + page);
    expect(first.status, page).toBe(200);
    expect(first.headers.get("x-cache-status"), page).toMatch(/MISS|EXPIRED/);
    expect(second.headers.get("x-cache-status"), page).toBe("HIT");
    expect(second.body.equals(first.body), page).toBe(true);
    expect(second.body.equals(direct.body), page).toBe(true);
    expect(second.headers.get("set-cookie")).toBeNull();
    expect(second.headers.get("content-security-policy")).toContain("default-src 'self'");
    // HSTS belongs to HTTPS only; this loopback proxy speaks HTTP.
    expect(second.headers.get("strict-transport-security")).toBeNull();
  }
});

test("the API passes through: answers and errors are the app's own", async () => {
  const url = "/api/v1/observations?region=lichuan&indicator=poverty_incidence";
  const direct = await get(APP + url);
  const proxied = await get(PROXY + url);
  expect(proxied.status).toBe(200);
  expect(proxied.body.equals(direct.body)).toBe(true);
  expect(proxied.headers.get("content-type")).toContain("application/json");
  const bad = await get(`${PROXY}/api/v1/observations?from=abc`);
  expect(bad.status).toBe(400);
  expect(JSON.parse(bad.body.toString()).error).toBeTruthy();
  const badAgain = await get(`${PROXY}/api/v1/observations?from=abc`);
  expect(badAgain.headers.get("x-cache-status")).not.toBe("HIT");
});

test("desk and auth routes are never cached", async () => {
  for (const p of ["/zh/desk", "/en/desk/cases", "/api/desk/cases", "/api/desk/auth/session"]) {
    for (let i = 0; i < 2; i++) {
      const res = await get(PROXY + p);
      expect(res.headers.get("x-cache-status"), p).not.toBe("HIT");
      expect(res.headers.get("cache-control"), p).toBe("private, no-store");
    }
  }
});

test("/ still sends each reader to their language through the cache", async () => {
  for (let i = 0; i < 2; i++) {
    const en = await get(`${PROXY}/`, { headers: { "Accept-Language": "en-US,en;q=0.9" } });
    const zh = await get(`${PROXY}/`, { headers: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    expect(new URL(en.headers.get("location")!, PROXY).pathname).toBe("/en");
    expect(new URL(zh.headers.get("location")!, PROXY).pathname).toBe("/zh");
  }
});

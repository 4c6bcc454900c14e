// Run `npm run lock:platforms` after every `npm install` that changes the lockfile.
// Adds lockfile entries for platform binaries the registry here does not serve (npm install leaves them out; npm ci then refuses).
import fs from "node:fs";
const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const platform = (name) => {
  const m = /(darwin|linux|win32|windows|freebsd|android|openbsd|sunos|aix|netbsd)-([a-z0-9]+)/.exec(name);
  if (!m) return null;
  const os = m[1] === "windows" ? "win32" : m[1];
  return { os: [os], cpu: [m[2]] };
};
let added = 0;
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    if (lock.packages[at] || lock.packages[`${key}/${at}`]) continue;
    const p = platform(dep);
    if (!p) continue;
    lock.packages[at] = { version, ...p, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} platform entries`);

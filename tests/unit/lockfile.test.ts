import fs from "node:fs";
import { expect, it } from "vitest";

// `npm ci` refuses a lockfile that lacks any optional dependency, and this registry does not serve
// other platforms' binaries, so `npm install` leaves them out: `npm run lock:platforms` puts them back.
it("the lockfile lists every optional platform binary, so npm ci works on a fresh clone", () => {
  const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing = Object.entries(lock.packages).flatMap(([key, pkg]) =>
    Object.keys(pkg.optionalDependencies ?? {}).filter(
      (dep) => !lock.packages[`node_modules/${dep}`] && !lock.packages[`${key}/node_modules/${dep}`],
    ),
  );
  expect(missing, "run npm run lock:platforms").toEqual([]);
});

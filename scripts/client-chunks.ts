import fs from "node:fs";
import path from "node:path";

// Identifiers of the server-only citation libraries that survive minification: citeproc-js's system hooks and
// version, citation-js's package and plugin names. None may be in a file the browser can load.
const SERVER_ONLY = /retrieveLocale|PROCESSOR_VERSION|@citation-js|"@bibtex"|"@ris"/;

// The built client chunks (.next/static) that hold one of them.
export function serverOnlyInClientChunks(dir = ".next/static"): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith(".js") && SERVER_ONLY.test(fs.readFileSync(path.join(d, e.name), "utf8")))
        found.push(path.join(d, e.name));
  };
  walk(dir);
  return found;
}

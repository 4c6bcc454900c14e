import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { BackupError, restoreDesk } from "../lib/desk/backup";
import { repoDir } from "../lib/desk/repo";
import { openedBy } from "../lib/desk/repo-lock";

// `npm run desk:restore -- <file> [--without-secret]`: puts a copy made by desk:backup back, with its session
// secret. The desk must be stopped. Prints the desk's commits made after the copy, which the restored drafts do not know.
const { values, positionals } = parseArgs({
  options: { "without-secret": { type: "boolean" } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error("desk:restore: expected one argument, the copy to restore: npm run desk:restore -- <file>");
  process.exit(1);
}
try {
  const r = await restoreDesk(positionals[0]!, openedBy, { withoutSecret: values["without-secret"] });
  console.log(`desk:restore: restored ${r.database}${r.secret ? " and its session secret" : ""}`);
  if (r.kept) console.log(`desk:restore: the database it replaced is kept as ${r.kept}`);
  if (r.latest) {
    console.log(`desk:restore: the copy's last audit entry is from ${r.latest}; anything after it is gone`);
    const repo = repoDir();
    try {
      const log = execFileSync(
        "git",
        ["log", `--since=${r.latest}`, "-F", "--grep=Desk-Draft: ", "--format=%h %cI %s"],
        { cwd: repo, encoding: "utf8", stdio: "pipe" },
      ).trim();
      if (log)
        console.log(
          `desk:restore: published from the desk after the copy (their drafts in the restored desk do not say so):\n${log}`,
        );
    } catch {
      // Not a git checkout: nothing to list.
    }
  }
  console.log("desk:restore: start the desk again (npm run serve applies any newer migrations)");
} catch (e) {
  if (!(e instanceof BackupError)) throw e;
  console.error(`desk:restore: ${e.message}`);
  process.exit(1);
}

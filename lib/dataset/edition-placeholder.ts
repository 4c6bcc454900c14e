import { execFileSync } from "node:child_process";
import type { Edition } from "../format/dataset-citation";

// PLACEHOLDER until the editions work lands (its dataEdition(): {number, date, commit}): the data's edition is named
// after the last commit that changed the data folder, "<commit date>+<short hash>", with ".dirty" when the folder
// has uncommitted changes. Without git (a copy of the project, as bench:scale makes) it is "unversioned".
export function placeholderEditionFromGit(dataDir: string): Edition {
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dataDir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  let last: string;
  try {
    last = git("log", "-1", "--format=%H %cs", "--", ".");
  } catch (err) {
    console.warn(
      `data package: no git history for ${dataDir} (${(err as Error).message.split("\n")[0]}); edition "unversioned"`,
    );
    return { version: "unversioned", date: "1980-01-01", commit: "" };
  }
  if (!last) return { version: "unversioned", date: "1980-01-01", commit: "" };
  const [commit, date] = last.split(" ") as [string, string];
  const dirty = git("status", "--porcelain", "--", ".") !== "";
  return { version: `${date}+${commit.slice(0, 7)}${dirty ? ".dirty" : ""}`, date, commit };
}

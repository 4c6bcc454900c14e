import path from "node:path";

// The git checkout the desk publishes into: DESK_REPO_DIR, or the project itself (path logic only, so the desk's
// scripts use it too).
export function repoDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DESK_REPO_DIR ?? process.cwd());
}

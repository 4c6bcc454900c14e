import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { restrictDeskFiles } from "@/lib/desk/start";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "desk-start-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const mode = (f: string) => fs.statSync(f).mode & 0o777;

describe("restrictDeskFiles", () => {
  it("makes the desk database and its journal readable by their owner only", () => {
    const db = path.join(work, "desk.db");
    fs.writeFileSync(db, "x", { mode: 0o644 });
    fs.writeFileSync(`${db}-wal`, "x", { mode: 0o664 });
    fs.chmodSync(db, 0o644); // the umask may have narrowed the mode asked for
    fs.chmodSync(`${db}-wal`, 0o664);
    expect(restrictDeskFiles(db)).toEqual([db, `${db}-wal`]);
    expect(mode(db)).toBe(0o600);
    expect(mode(`${db}-wal`)).toBe(0o600);
  });

  it("leaves files that are already private alone, and skips missing ones", () => {
    const db = path.join(work, "private.db");
    fs.writeFileSync(db, "x", { mode: 0o600 });
    expect(restrictDeskFiles(db)).toEqual([]);
    expect(restrictDeskFiles(path.join(work, "missing.db"))).toEqual([]);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  acceptInviteForm,
  createInviteInput,
  formObject,
  setRoleInput,
  signInForm,
  signOutForm,
} from "@/lib/schemas/desk";

const form = (entries: [string, string | Blob][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

const routes = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? routes(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
    );

describe("desk route inputs", () => {
  it("no route under app/api/desk declares a schema of its own: each imports it from lib/schemas/desk", () => {
    const files = routes("app/api/desk");
    expect(files.length).toBeGreaterThan(10);
    const inline = files.filter((f) =>
      /from "zod"|\bz\.(object|enum|string|number)\(/.test(fs.readFileSync(f, "utf8")),
    );
    expect(inline).toEqual([]);
  });

  it("the sign-in form reads a missing field, or a file in place of text, as empty, and an unknown language as zh", () => {
    expect(signInForm.parse(formObject(form([["locale", "fr"]])))).toEqual({ locale: "zh", email: "", password: "" });
    expect(
      signInForm.parse(
        formObject(
          form([
            ["locale", "en"],
            ["email", " Ed@Example.ORG "],
            ["password", new Blob(["x"])],
          ]),
        ),
      ),
    ).toEqual({ locale: "en", email: "ed@example.org", password: "" });
    expect(signInForm.parse(formObject(null))).toEqual({ locale: "zh", email: "", password: "" });
  });

  it("a repeated field keeps its first value, as FormData.get does", () => {
    expect(
      signOutForm.parse(
        formObject(
          form([
            ["locale", "en"],
            ["locale", "zh"],
          ]),
        ),
      ),
    ).toEqual({ locale: "en" });
    expect(
      acceptInviteForm.parse(
        formObject(
          form([
            ["token", "t1"],
            ["token", "t2"],
            ["password", "p"],
          ]),
        ),
      ),
    ).toEqual({ locale: "zh", token: "t1", password: "p", confirm: "" });
  });

  it("JSON inputs refuse what the routes refused before: a bad role, a bad address, an unknown link language", () => {
    expect(setRoleInput.safeParse({ email: "a@example.org", role: "owner" }).success).toBe(false);
    expect(setRoleInput.safeParse({ email: "not an address", role: "editor" }).success).toBe(false);
    expect(setRoleInput.parse({ email: "a@example.org", role: "editor" })).toEqual({
      email: "a@example.org",
      role: "editor",
      disabled: false,
    });
    const invite = { email: "b@example.org", name: "B", role: "reviewer" };
    expect(createInviteInput.parse(invite).locale).toBe("zh");
    expect(createInviteInput.safeParse({ ...invite, locale: "fr" }).success).toBe(false);
  });
});

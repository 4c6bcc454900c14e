import { describe, expect, it } from "vitest";
import {
  cycles,
  edges,
  folderGraph,
  folderOf,
  folderPairs,
  isPublic,
  loadProject,
  showEdges,
  wrongWay,
  type Graph,
} from "../import-graph";

// Arrows run down: no import cycle, no two folders importing each other, lib never imports app or components,
// and nothing public imports the desk. Each failure lists the offending imports.
const { graph } = loadProject();

const fixture = (list: Record<string, string[]>): Graph => new Map(Object.entries(list));

describe("the layer checks on a small graph (they can fail)", () => {
  it("find a file-level cycle, as a closed path, and none in a graph without one", () => {
    const g = fixture({
      "lib/a/x.ts": ["lib/a/y.ts"],
      "lib/a/y.ts": ["lib/b/z.ts"],
      "lib/b/z.ts": ["lib/a/x.ts"],
      "lib/c/w.ts": ["lib/a/x.ts"],
    });
    expect(cycles(g)).toEqual([["lib/a/x.ts", "lib/a/y.ts", "lib/b/z.ts", "lib/a/x.ts"]]);
    expect(
      cycles(fixture({ "lib/a/x.ts": ["lib/a/y.ts"], "lib/a/y.ts": [], "lib/c/w.ts": ["lib/a/x.ts", "lib/a/y.ts"] })),
    ).toEqual([]);
    expect(cycles(fixture({ "lib/a/self.ts": ["lib/a/self.ts"] }))).toEqual([["lib/a/self.ts", "lib/a/self.ts"]]);
  });

  it("find two folders that import each other, with the imports both ways, and not a one-way import", () => {
    const g = fixture({
      "lib/content/a.ts": ["lib/data/b.ts"],
      "lib/data/b.ts": [],
      "lib/data/c.ts": ["lib/content/d.ts"],
      "lib/content/d.ts": [],
    });
    expect(folderPairs(g)).toEqual([
      {
        pair: ["lib/content", "lib/data"],
        edges: [
          ["lib/content/a.ts", "lib/data/b.ts"],
          ["lib/data/c.ts", "lib/content/d.ts"],
        ],
      },
    ]);
    expect(folderPairs(fixture({ "lib/content/a.ts": ["lib/data/b.ts"], "lib/data/b.ts": [] }))).toEqual([]);
  });

  it("find a cycle of folders longer than a pair", () => {
    const g = fixture({
      "lib/a/x.ts": ["lib/b/y.ts"],
      "lib/b/y.ts": ["lib/c/z.ts"],
      "lib/c/z.ts": ["lib/a/w.ts"],
      "lib/a/w.ts": [],
    });
    expect(cycles(g)).toEqual([]);
    expect(folderPairs(g)).toEqual([]);
    expect(cycles(folderGraph(g))).toEqual([["lib/a", "lib/b", "lib/c", "lib/a"]]);
  });

  it("find lib importing app or components, and a public file importing the desk, in both layouts", () => {
    const g = fixture({
      "lib/data/a.ts": ["components/charts/types.ts", "app/api/v1/x/route.ts", "lib/format/b.ts"],
      "app/[locale]/cases/page.tsx": ["lib/desk/db.ts", "lib/data/a.ts"],
      "app/[locale]/(site)/cases/page.tsx": ["components/desk/form.tsx"],
      "app/api/auth/sign-in/route.ts": ["lib/desk/auth.ts"],
      "components/case/body.tsx": ["lib/desk/preview.ts"],
      "app/[locale]/desk/page.tsx": ["lib/desk/db.ts", "components/desk/form.tsx"],
      "app/[locale]/(desk)/desk/page.tsx": ["lib/desk/db.ts"],
      "app/api/desk/auth/sign-in/route.ts": ["lib/desk/auth.ts"],
      "components/desk/form.tsx": ["lib/desk/db.ts"],
    });
    expect(wrongWay(g)).toEqual({
      upward: [
        ["lib/data/a.ts", "components/charts/types.ts"],
        ["lib/data/a.ts", "app/api/v1/x/route.ts"],
      ],
      publicToDesk: [
        ["app/[locale]/cases/page.tsx", "lib/desk/db.ts"],
        ["app/[locale]/(site)/cases/page.tsx", "components/desk/form.tsx"],
        ["app/api/auth/sign-in/route.ts", "lib/desk/auth.ts"],
        ["components/case/body.tsx", "lib/desk/preview.ts"],
      ],
    });
  });

  it("group files by lib/<x>, components/<x> and app's own folders", () => {
    expect(folderOf("lib/content/check.ts")).toBe("lib/content");
    expect(folderOf("components/desk/form.tsx")).toBe("components/desk");
    expect(folderOf("app/[locale]/cases/[slug]/page.tsx")).toBe("app/[locale]/cases/[slug]");
    expect(isPublic("app/[locale]/(site)/cases/page.tsx")).toBe(true);
    expect(isPublic("app/[locale]/(desk)/desk/page.tsx")).toBe(false);
  });
});

describe("the project's imports", () => {
  it("are found (the checks below are not vacuous)", () => {
    expect(edges(graph).length).toBeGreaterThan(300);
    expect(edges(graph).some(([from, to]) => from.startsWith("app/") && to.startsWith("lib/"))).toBe(true);
  });

  it("have no import cycle", () => {
    expect(
      cycles(graph).map((c) => c.join(" → ")),
      "import cycles",
    ).toEqual([]);
  });

  it("have no two folders importing each other", () => {
    const found = folderPairs(graph).map(({ pair, edges: e }) => `${pair.join(" ↔ ")}: ${showEdges(e).join(", ")}`);
    expect(found, "folders importing each other").toEqual([]);
  });

  it("have no cycle of folders (lib/<x>, components/<x>, app's folders)", () => {
    expect(
      cycles(folderGraph(graph)).map((c) => c.join(" → ")),
      "folder cycles",
    ).toEqual([]);
  });

  it("never go from lib up to app or components", () => {
    const { upward } = wrongWay(graph);
    expect(showEdges(upward), "lib importing app or components").toEqual([]);
  });

  it("never go from a public page or component to lib/desk or components/desk", () => {
    const { publicToDesk } = wrongWay(graph);
    expect(showEdges(publicToDesk), "public files importing the desk").toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { mapPosition, pairAnchors, sourceAnchors } from "@/components/desk/scroll-sync";

describe("scroll sync by section", () => {
  const text =
    "---\ntitle: x\n---\n\n## Background {#background}\n\ntext\n\n## Timeline {#timeline}\n\n### Industry {#industry}\nmore\n";
  it("finds each heading with an id and its line", () => {
    expect(sourceAnchors(text)).toEqual([
      { id: "background", at: 5 },
      { id: "timeline", at: 9 },
      { id: "industry", at: 11 },
    ]);
  });
  it("maps a line to the same fraction of its section in the preview, and back", () => {
    const pairs = pairAnchors(
      sourceAnchors(text),
      [
        { id: "background", at: 100 },
        { id: "timeline", at: 300 },
        { id: "industry", at: 400 },
      ],
      [1, 0],
      [13, 500],
    );
    expect(pairs).toEqual([
      [1, 0],
      [5, 100],
      [9, 300],
      [11, 400],
      [13, 500],
    ]);
    expect(mapPosition(pairs, 7)).toBe(200);
    expect(mapPosition(pairs, 200, 1)).toBe(7);
    expect(mapPosition(pairs, 99)).toBe(500);
  });
  it("skips ids the preview lacks or that would go backwards", () => {
    expect(
      pairAnchors(
        [
          { id: "a", at: 5 },
          { id: "b", at: 9 },
          { id: "c", at: 12 },
        ],
        [
          { id: "a", at: 300 },
          { id: "c", at: 100 },
        ],
        [1, 0],
        [20, 600],
      ),
    ).toEqual([
      [1, 0],
      [5, 300],
      [20, 600],
    ]);
  });
});

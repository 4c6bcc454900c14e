import { describe, expect, it } from "vitest";
import { decodeViewKey, encodeViewKey, MAX_COMPARE_QUERY, queryRecord } from "@/lib/compare/view-key";

describe("a compare view's query as a path segment", () => {
  it("round-trips any query, Chinese and reserved characters included, as a URL-safe segment", () => {
    for (const q of [
      "regions=lichuan,xiangxi&indicator=poverty_incidence&scale=index&align=exit",
      "regions=%E6%B9%98%E8%A5%BF&add=china",
      "regions=湘西&x=a/b+c?d#e",
      "a=1",
    ]) {
      const key = encodeViewKey(q);
      expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeViewKey(key)).toBe(q);
    }
  });

  it("drops a leading ? and gives the empty query its own key", () => {
    expect(encodeViewKey("?a=1")).toBe(encodeViewKey("a=1"));
    expect(decodeViewKey(encodeViewKey(""))).toBe("");
  });

  it("refuses keys it did not write: other characters, padding, bytes that are not UTF-8, too long", () => {
    expect(decodeViewKey("abc/def")).toBeNull();
    expect(decodeViewKey("YQ==")).toBeNull();
    expect(decodeViewKey("_w")).toBeNull(); // 0xff: not UTF-8
    expect(decodeViewKey(encodeViewKey("a=" + "x".repeat(MAX_COMPARE_QUERY * 2)))).toBeNull();
  });

  it("reads a query as the page does: repeated names become lists", () => {
    expect(queryRecord("regions=a&regions=b&add=c&indicator=x")).toEqual({
      regions: ["a", "b"],
      add: "c",
      indicator: "x",
    });
  });
});

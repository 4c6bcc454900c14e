import { describe, expect, it } from "vitest";
import { formatRatio, median, tbtRatio } from "../../scripts/tbt-ratio";

describe("the bench's TBT ratio", () => {
  it("takes the median of the runs' TBT itself", () => {
    expect(median([310, 40, 120])).toBe(120);
    expect(median([100, 300])).toBe(200);
  });

  it("divides by the baseline's median and marks a page above 1.2×", () => {
    expect(formatRatio(tbtRatio(120, 100))).toBe("1.20×");
    expect(formatRatio(tbtRatio(121, 100))).toBe("1.21× > 1.2×");
    expect(formatRatio(tbtRatio(0, 100))).toBe("0.00×");
  });

  it("allows only 0 ms when the baseline's TBT is 0 ms", () => {
    expect(formatRatio(tbtRatio(0, 0))).toBe("1.00×");
    expect(formatRatio(tbtRatio(30, 0))).toBe("∞ > 1.2×");
  });
});

import type { FigureSpan, TextBlock } from "./figure-text";
import { sentenceAround, wordsOnly } from "./figure-text";

// A figure's year must be written in its own sentence (2014, 2014年, either end of 2014–2019 or 2014—2019年), or the
// sentence must date it the way a count at the start of the next year is dated: "start of 2020" / "2020年初" for a
// figure of 2019 (sources file a count taken on 1 January under the year before). Figures' own digits do not count.
export function yearIsSaid(block: TextBlock, f: FigureSpan, year: number): boolean {
  const words = wordsOnly(block, sentenceAround(block.text, f.start));
  const next = year + 1;
  return (
    new RegExp(`(?<!\\d)${year}(?!\\d)`).test(words) ||
    new RegExp(`\\b(?:start|beginning) of ${next}(?!\\d)`, "i").test(words) ||
    new RegExp(`(?<!\\d)${next}年初`).test(words)
  );
}

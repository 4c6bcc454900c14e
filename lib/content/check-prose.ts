import { fromRow } from "../dataset/domain";
import { formatValue } from "../format/number";
import type { Locale } from "../i18n/routing";
import { LOCALES } from "../i18n/routing";
import type { Add, Known } from "./check-types";
import { yearIsSaid } from "./check-figure-year";
import { stutters } from "./check-stutter";
import { quote, sentenceAround, textBlocks } from "./figure-text";
import type { ParsedCase } from "./parse-case";

// The words around each <Figure>, read as the page shows them: no unit said twice, and the figure's year in its sentence.
export function checkFigureProse(c: ParsedCase, k: Known, add: Add): void {
  if (!c.tree || !(LOCALES as readonly string[]).includes(c.locale)) return;
  const locale = c.locale as Locale;
  for (const block of textBlocks(c.tree, c.bodyStart, (attrs) => rendered(attrs, k, locale))) {
    for (const s of stutters(block, locale)) add(s.figure.line, "Figure", "figureStutter", { phrase: s.phrase, figure: s.figure.text });
    for (const f of block.figures) {
      const year = Number(f.attrs.year);
      // A figure with no observation (or a malformed year) is reported by checkRef; its sentence cannot be judged.
      if (!f.text || !/^\d{4}$/.test(f.attrs.year ?? "") || yearIsSaid(block, f, year)) continue;
      add(f.line, "Figure", "figureYearMissing", { figure: f.text, year, next: year + 1, sentence: quote(block.text, sentenceAround(block.text, f.start), f) });
    }
  }
}

// A figure's text exactly as the Figure component renders it: the same observation fields through the same formatValue.
function rendered(attrs: Record<string, string>, k: Known, locale: Locale): string {
  const { region = "", indicator = "", year = "", basis, source } = attrs;
  const unit = k.indicators.get(indicator);
  const row = k.observationsAt(region, indicator, Number(year)).find((o) => (!basis || o.basis === basis) && (!source || o.source === source));
  if (!unit || !row) return "";
  const o = fromRow.observations(row);
  return formatValue(o.value, o.decimals, unit, locale);
}

import type { Locale } from "../i18n/routing";
import type { FigureSpan, TextBlock } from "./figure-text";

// A unit or noun a figure's rendered text already says (`unit`, tested on the text after its number), and the words
// that would say it again right before (`before`, ending where the figure starts) or right after (`after`, from where
// it ends). Only the words next to the figure count, up to punctuation or another figure, so "<Figure/> exited the
// list of poor villages" is fine and "<Figure/> poor villages" is not.
type Repeat = { unit: RegExp; before?: RegExp; after?: RegExp };

const EN_WORDS = "(?:[a-z-]+\\s+){0,2}?";
const en = (nouns: string) => new RegExp(`^${EN_WORDS}(?:${nouns})\\b`, "i");
const ZH_CHARS = "[\\u4e00-\\u9fff]{0,2}?";

const REPEATS: Record<Locale, Repeat[]> = {
  en: [
    { unit: /\b(?:people|persons?)\b/, after: en("people|persons?|individuals|residents|inhabitants") },
    { unit: /\bhouseholds?\b/, after: en("households?|families") },
    { unit: /\bvillages?\b/, after: en("villages?") },
    { unit: /\bcount(?:y|ies)\b/, after: en("count(?:y|ies)") },
    { unit: /\byuan\b/, before: /\b(?:RMB|CNY|renminbi)\s*$/i, after: /^(?:yuan|RMB|CNY|renminbi)\b/i },
    {
      unit: /\bmonth\b/,
      before: /\b(?:(?:per|a|each|every)\s+month|monthly)\s*$/i,
      after: en("(?:per|a|each|every)\\s+month|monthly"),
    },
    {
      unit: /\byear\b/,
      before: /\b(?:(?:per|a|each|every)\s+year|yearly|annual)\s*$/i,
      after: en("(?:per|a|each|every)\\s+year|yearly|annually|per\\s+annum"),
    },
    { unit: /%/, after: /^(?:%|percent\b|per\s+cent\b)/i },
  ],
  zh: [
    { unit: /人$/, after: new RegExp(`^${ZH_CHARS}(?:人口|人(?![均次民]))`) },
    { unit: /户$/, after: new RegExp(`^${ZH_CHARS}户`) },
    { unit: /村$/, after: new RegExp(`^${ZH_CHARS}村`) },
    { unit: /县$/, after: new RegExp(`^${ZH_CHARS}县`) },
    { unit: /元/, after: /^[万亿]?元/ },
    { unit: /月$/, before: /(?:每人)?(?:每月|每个月|月均|月人均|按月)[为是达约]?$/, after: /^(?:每月|每个月|\/月)/ },
    { unit: /年$/, before: /(?:每人)?(?:每年|年均|全年|按年)[为是达约]?$/, after: /^(?:每年|\/年)/ },
    { unit: /[%％]$/, before: /百分之$/, after: /^(?:[%％]|个百分点)/ },
  ],
};

// Words next to a figure run to the nearest punctuation or the next figure, whichever comes first.
const STOP: Record<Locale, RegExp> = { en: /[,;:.!?()[\]"“”—–]/, zh: /[，。；：、！？（）()“”「」《》—,;:]/ };

export type Stutter = { figure: FigureSpan; phrase: string };

// Each figure whose neighbouring words say its unit or noun a second time ("6.82 million people poor people").
export function stutters(block: TextBlock, locale: Locale): Stutter[] {
  const out: Stutter[] = [];
  block.figures.forEach((f, i) => {
    if (!f.text) return;
    const unit = f.text.replace(/^[-\d.,\s]+/, "");
    const prev = block.figures[i - 1]?.end ?? 0;
    const next = block.figures[i + 1]?.start ?? block.text.length;
    let before = block.text.slice(prev, f.start);
    before = before.slice(lastStop(before, STOP[locale]) + 1);
    let after = block.text.slice(f.end, next);
    const stop = after.search(STOP[locale]);
    if (stop !== -1) after = after.slice(0, stop);
    const lead = locale === "en" ? (/^\s*/.exec(after)?.[0] ?? "") : "";
    for (const r of REPEATS[locale].filter((r) => r.unit.test(unit))) {
      const b = r.before?.exec(before);
      const a = r.after?.exec(after.slice(lead.length));
      if (b || a) {
        out.push({ figure: f, phrase: `${b ? b[0] : ""}${f.text}${a ? lead + a[0] : ""}`.trim() });
        return;
      }
    }
  });
  return out;
}

function lastStop(text: string, stop: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (stop.test(text[i]!)) return i;
  return -1;
}

import { FIELD_ORDER } from "@/lib/editions/derive";
import { getTranslations } from "next-intl/server";
import type { EditionChanges } from "@/lib/editions";
import { formatPartialDate } from "@/lib/format/date";
import { clauseJoin, inParens, listJoin } from "@/lib/format/punct";
import type { Locale } from "@/lib/i18n/routing";

// An edition's one-line summary, worked out from what changed (never typed): "Text revised: Background,
// Results; 1 figure changed" / 「修订正文：背景、成效；更改1个数字」.
export async function editionSummary(changes: EditionChanges, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Editions" });
  if (changes.first) return t("first");
  const parts: string[] = [];
  const sections = changes.sections.map((s) => {
    const title = s.title[locale] ?? Object.values(s.title)[0] ?? "";
    const name = s.id === "" ? t("opening") : title;
    return s.locales.length === 1 ? `${name}${inParens(t("onlyIn", { language: s.locales[0]! }), locale)}` : name;
  });
  if (sections.length) parts.push(t("textRevised", { sections: listJoin(sections, locale) }));
  if (changes.fields.length)
    parts.push(
      t("detailsRevised", {
        fields: listJoin(
          changes.fields.map((f) => fieldName(t, f)),
          locale,
        ),
      }),
    );
  const count = (pick: (o: string | null, n: string | null) => boolean) =>
    changes.figures.filter((f) => pick(f.old, f.new)).length;
  const added = count((o) => o === null);
  const removed = count((_, n) => n === null);
  const changed = changes.figures.length - added - removed;
  if (changed) parts.push(t("figuresChanged", { count: changed }));
  if (added) parts.push(t("figuresAdded", { count: added }));
  if (removed) parts.push(t("figuresRemoved", { count: removed }));
  return clauseJoin(parts, locale);
}

type T = Awaited<ReturnType<typeof getTranslations<"Editions">>>;
const FIELDS = FIELD_ORDER;
export const fieldName = (t: T, f: string) =>
  (FIELDS as readonly string[]).includes(f) ? t(`field.${f as (typeof FIELDS)[number]}`) : f;

// "Edition 3, 2 December 2026" / 「第3版，2026年12月2日」.
export async function editionLine(n: number, date: string, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Editions" });
  return t("editionOn", { number: n, date: formatPartialDate(date, locale) });
}

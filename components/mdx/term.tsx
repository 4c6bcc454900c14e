import type { ReactNode } from "react";
import { getTerm } from "@/lib/content/cases";
import type { Locale } from "@/lib/i18n/routing";

// Links words in the text to their glossary entry; an unknown id fails the build.
export function Term({ id, children, locale }: { id: string; children?: ReactNode; locale: Locale }) {
  const term = getTerm(id);
  if (!term) throw new Error(`<Term id="${id}">: no content/glossary/${id}.yaml`);
  const definition = locale === "zh" ? term.definition_zh : term.definition_en;
  return (
    <a className="term" href={`/${locale}/glossary#${id}`} title={definition} data-term={id}>
      {children ?? (locale === "zh" ? term.zh : term.en)}
    </a>
  );
}

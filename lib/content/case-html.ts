import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Root } from "mdast";
import { caseHast } from "./case-hast";
import type { TermDoc } from "./cases";
import { figureId } from "../data/figures";
import type { Event, Observation } from "../data/types";
import { formatValue } from "../format/number";
import type { Unit } from "../themes";
import { formatPartialDate } from "../format/date";
import type { Locale } from "../i18n/routing";

// A case's prose as one HTML string, drawn from its checked tree: the public page and the desk preview put it in
// place with dangerouslySetInnerHTML, so React's payload carries it as one string and hydration never walks it (the
// prose has nothing interactive). Nothing is evaluated: the tree holds the checked text and the literal attribute
// values of the site's four elements, and hast-util-to-html escapes every text and attribute it writes.

// Attributes arrive as the text the check accepted; each builder reads what it needs (Figure's year as a number).
export type CaseElements = {
  Figure: (attrs: Record<string, string>) => ElementContent;
  Term: (attrs: { id: string }, children: ElementContent[]) => ElementContent;
  Cite: (attrs: { id: string }) => ElementContent;
  Timeline: () => ElementContent;
};

const attrsOf = (node: Element): Record<string, string> =>
  Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, String(v)]));

function expand(nodes: readonly RootContent[], build: CaseElements): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    // Text and elements only: anything else the tree could hold (raw HTML, comments, MDX expressions) is dropped.
    if (node.type === "text") return [node];
    if (node.type !== "element") return [];
    const children = expand(node.children, build);
    switch (node.tagName) {
      case "Figure":
        return [build.Figure(attrsOf(node))];
      case "Term":
        return [build.Term(attrsOf(node) as { id: string }, children)];
      case "Cite":
        return [build.Cite(attrsOf(node) as { id: string })];
      case "Timeline":
        return [build.Timeline()];
      default:
        return [{ ...node, properties: safeUrls(node.properties), children }];
    }
  });
}

// The check refuses script URLs at their line; this second guard keeps any URL attribute to the web's own schemes
// (or a path or fragment), as React's renderer did before the prose became a string.
const URL_ATTRIBUTES = ["href", "src", "cite", "action", "formAction", "poster"];
function safeUrls(properties: Element["properties"]): Element["properties"] {
  const out = { ...properties };
  for (const name of URL_ATTRIBUTES) {
    const value = out[name];
    if (value === undefined || value === null) continue;
    // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(String(value).replace(/[\u0000-\u0020]/g, ""))?.[1];
    if (scheme && !/^(https?|mailto)$/i.test(scheme)) delete out[name];
  }
  return out;
}

export function caseHtml(tree: Root, locale: Locale, build: CaseElements): string {
  const hast = caseHast(tree, locale);
  return toHtml({ type: "root", children: expand(hast.children, build) } satisfies HastRoot);
}

// The pieces the two callers share: a numbered pointer to a source entry, a number linked to its source, a glossary
// link, and the region's dated events.
export function citeElement(id: string, n: number, href = `#source-${id}`): Element {
  return h("sup.cite", [h("a", { href, dataCite: id }, `[${n}]`)]);
}

export function figureElement(f: {
  text: string;
  n: number;
  href: string;
  figure: string; // region/indicator/year/basis
  value: string;
  id?: string;
  describedBy?: string;
  title?: string;
}): Element {
  return h(
    "a.figure",
    { id: f.id, href: f.href, dataFigure: f.figure, dataValue: f.value, ariaDescribedBy: f.describedBy, title: f.title },
    [f.text, h("sup.figure-ref", `[${f.n}]`)],
  );
}

// A <Figure> resolved to its observation: the number in the reader's language, linked to its numbered source.
// `inferred` is the note for a year the source does not state (what the year was inferred from).
export function observationElement(o: Observation, unit: Unit, locale: Locale, n: number, inferred?: string): Element {
  return figureElement({
    text: formatValue(o.value, o.decimals, unit, locale),
    n,
    id: figureId(o),
    href: `#source-${o.source}`,
    figure: `${o.region}/${o.indicator}/${o.year}/${o.basis}`,
    value: o.value.toFixed(o.decimals),
    describedBy: `source-${o.source}`,
    title: inferred,
  });
}

export function termElement(id: string, locale: Locale, term: TermDoc, children: ElementContent[]): Element {
  const definition = locale === "zh" ? term.definition_zh : term.definition_en;
  return h("a.term", { href: `/${locale}/glossary#${id}`, title: definition, dataTerm: id }, [
    ...(children.length ? children : [{ type: "text" as const, value: term[locale] }]),
  ]);
}

export function missingElement(children: ElementContent[] | string): Element {
  return h("mark.desk-missing", typeof children === "string" ? [children] : children);
}

export function timelineElement(
  events: Event[],
  locale: Locale,
  sourceNumber: (id: string) => number,
  empty: string,
  sourceHref: (id: string) => string = (id) => `#source-${id}`,
): Element {
  if (!events.length) return h("p.muted", empty);
  return h(
    "ol.timeline",
    events.map((e) =>
      h("li", { dataKind: e.kind }, [
        h("time", { dateTime: e.date }, formatPartialDate(e.date, locale)),
        " ",
        h("span", [e.label[locale], " ", h("sup.cite", [h("a", { href: sourceHref(e.source) }, `[${sourceNumber(e.source)}]`)])]),
      ]),
    ),
  );
}

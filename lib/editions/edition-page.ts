import "server-only";
import type { Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { parseCase } from "../content/parse-case";
import { pickFigure, type FigureRef } from "../data/figures";
import type { Observation } from "../data/types";
import { decimalsOf } from "../dataset/domain";
import type { Locale } from "../i18n/routing";
import { UNITS, type Unit } from "../themes";
import type { FigureRow } from "./data-state";
import { editionOf } from "./index";
import type { Edition, EditionFigures } from "./types";

// What an old edition's page draws: its text through the one parser, its figures from the rows it had.

const COMPONENTS = new Set(["Figure", "Term", "Cite", "Timeline"]);

export function toObservation(r: FigureRow): Observation {
  const pair = (zh: string, en: string) => (zh && en ? { zh, en } : null);
  return {
    region: r.region,
    indicator: r.indicator,
    year: r.year,
    value: Number(r.value),
    decimals: decimalsOf(r.value),
    basis: r.basis,
    source: r.source,
    note: { zh: r.note_zh || null, en: r.note_en || null },
    yearInferred: pair(r.year_inferred_zh, r.year_inferred_en),
  };
}

// A component the site no longer has is drawn as its words; expressions and imports were never drawn (case-hast).
function withKnownComponents(tree: Root): Root {
  visit(tree, (node, index, parent) => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && !COMPONENTS.has(node.name ?? "")) {
      parent!.children.splice(index!, 1, ...(node.children as never[]));
      return [SKIP, index!];
    }
  });
  return tree;
}

export type EditionView = {
  edition: Edition;
  figures: EditionFigures;
  title: string;
  summary: string;
  tree: Root | undefined;
  // Source ids as the edition's frontmatter listed them, then any other its text cites.
  sources: string[];
  region: string | null;
  // The observation a <Figure> showed, or why this edition's data have none.
  figureAt: (ref: FigureRef) => Observation | string;
  unitOf: (indicator: string) => Unit | undefined;
};

export function editionView(slug: string, n: number, locale: Locale): EditionView | undefined {
  const found = editionOf(slug, n);
  if (!found) return undefined;
  const c = parseCase({ path: `content/cases/${slug}/${locale}.mdx`, text: found.text(locale) });
  const observations = found.figures.rows.map(toObservation);
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  return {
    edition: found.edition,
    figures: found.figures,
    title: str(c.raw.title),
    summary: str(c.raw.summary),
    tree: c.tree && withKnownComponents(c.tree),
    sources: [
      ...new Set([
        ...(Array.isArray(c.raw.sources) ? c.raw.sources.map(String) : []),
        ...c.refs.filter((r) => r.name === "Cite").map((r) => r.attrs.id ?? ""),
      ]),
    ],
    region: typeof c.raw.region === "string" ? c.raw.region : null,
    figureAt: (ref) => pickFigure(observations, found.figures.ledger, ref),
    unitOf: (indicator) => {
      const u = found.figures.units[indicator];
      return (UNITS as readonly string[]).includes(u ?? "") ? (u as Unit) : undefined;
    },
  };
}

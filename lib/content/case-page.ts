import "server-only";
import { getTranslations } from "next-intl/server";
import type { ChartEvent } from "../charts/types";
import { figureId, resolveFigure } from "../data/figures";
import { getKeyFacts } from "../data/key-facts";
import { disagreementId, disagreementOf } from "../data/ledger";
import {
  getBases,
  getDisagreements,
  getEvents,
  getIndicators,
  getObservations,
  getRegions,
  getSourcesById,
} from "../data/queries";
import { seriesFor } from "../data/series";
import type { Observation, Source } from "../data/types";
import { formatValue } from "../format/number";
import { sourceRefs, type SupportedFigure } from "../data/source-refs";
import { parsedCase, type CaseDoc } from "./cases";
import { disagreementViews } from "./disagreements";

// A <Figure>'s attributes as the checked tree holds them (year as written), and the key they are resolved under.
export type FigureAttrs = { region: string; indicator: string; year: string | number; basis?: string; source?: string };
const figureKey = (r: FigureAttrs) => `${r.region}/${r.indicator}/${r.year}/${r.basis ?? ""}/${r.source ?? ""}`;

const CHART_EVENT_KINDS = new Set(["visit", "policy", "exit"]);

// Everything a case page shows besides its prose, read once at build time.
export async function casePageData(doc: CaseDoc) {
  const locale = doc.locale;
  const facts = await getKeyFacts(doc.region, doc.province);
  const own = [doc.region, ...doc.related_regions];
  const regions = [...own, ...(doc.region === "china" ? [] : ["china"])];
  const incidence = await seriesFor(regions, "poverty_incidence", locale);
  const events = await getEvents(doc.region);
  const years = incidence.series.flatMap((s) => s.points.map((p) => p.year));
  const chartEvents: ChartEvent[] = events
    .filter((e) => CHART_EVENT_KINDS.has(e.kind))
    .map((e) => ({ year: Number(e.date.slice(0, 4)), label: e.label[locale] }))
    .filter((e) => years.length > 0 && e.year >= Math.min(...years) && e.year <= Math.max(...years));

  // Each <Figure> in the text is resolved once, here; the page's Figure component reads the result (figureAt).
  const textFigures: Observation[] = [];
  const resolved = new Map<string, Observation>();
  for (const ref of parsedCase(doc.slug, doc.locale).refs.filter((r) => r.name === "Figure")) {
    const { region = "", indicator = "", year = "", basis, source } = ref.attrs;
    const o = await resolveFigure({ region, indicator, year: Number(year), basis, source });
    textFigures.push(o);
    resolved.set(figureKey({ region, indicator, year, basis, source }), o);
  }
  const figureAt = (ref: FigureAttrs): Observation => {
    const o = resolved.get(figureKey(ref));
    if (!o) throw new Error(`content/cases/${doc._meta.filePath}: <Figure> ${figureKey(ref)} was not in the checked tree`);
    return o;
  };
  const regionIndicators = new Set((await getObservations({ region: own })).map((o) => o.indicator));
  const others = [];
  for (const ind of (await getIndicators()).filter((i) => i.key !== "poverty_incidence" && regionIndicators.has(i.key)))
    others.push({ indicator: ind, ...(await seriesFor(own, ind.key, locale)) });
  const chartFigures: Observation[] = [...incidence.series, ...others.flatMap((o) => o.series)].flatMap((s) =>
    s.points.map((p) => ({ region: s.region, indicator: s.indicator, year: p.year, value: p.value, decimals: p.decimals, basis: s.basis, source: p.source, note: p.note, yearInferred: p.yearInferred })),
  );
  const factFigures = [facts.population, facts.lifted, facts.incidence?.first, facts.incidence?.last].filter((o): o is Observation => !!o);

  // The disagreements behind what this page shows: its regions' figures, the national incidence line, its text's figures.
  const allDisagreements = await getDisagreements();
  const onPage = allDisagreements.filter(
    (d) =>
      own.includes(d.region) ||
      (d.region === "china" && d.indicator === "poverty_incidence") ||
      textFigures.some((o) => disagreementOf([d], o)),
  );
  const disagreements = await disagreementViews(onPage, locale);
  const disputed = (o: Observation): string | undefined => {
    const d = disagreementOf(onPage, o);
    return d && d.preferredSource === o.source ? disagreementId(d) : undefined;
  };
  const memberSources = disagreements.flatMap((d) => d.members.map((m) => m.source));

  const byId = await getSourcesById();
  const order = [...new Set([...doc.sources, ...textFigures.map((o) => o.source), ...factFigures.map((o) => o.source), ...events.map((e) => e.source), ...chartFigures.map((o) => o.source), ...memberSources])];
  const sources: Source[] = order.map((id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`content/cases/${doc._meta.filePath}: unknown source "${id}"`);
    return s;
  });
  const sourceNumber = (id: string): number => {
    const n = order.indexOf(id);
    if (n === -1) throw new Error(`content/cases/${doc._meta.filePath}: source "${id}" is cited but not listed in the frontmatter's sources`);
    return n + 1;
  };
  const tCase = await getTranslations({ locale, namespace: "Case" });
  const undated = tCase("undated");
  const refs = sourceRefs(sources, locale, undated);

  const [indicators, allRegions, bases] = [await getIndicators(), await getRegions(), await getBases()];
  const regionOf = (slug: string) => ({ key: slug, name: allRegions.find((r) => r.slug === slug)!.name[locale] });
  const basisOf = (key: string) => ({ key, name: bases.find((b) => b.key === key)?.name[locale] ?? key });
  const supported = (o: Observation, inText: boolean): SupportedFigure => {
    const ind = indicators.find((i) => i.key === o.indicator)!;
    return {
      id: figureId(o),
      region: regionOf(o.region),
      indicator: { key: ind.key, name: ind.name[locale] },
      basis: basisOf(o.basis),
      year: o.year,
      value: formatValue(o.value, o.decimals, ind.unit, locale),
      inText,
    };
  };
  const supports = new Map<string, SupportedFigure[]>();
  const inText = new Set(textFigures.map((o) => figureId(o)));
  for (const o of [...textFigures, ...factFigures, ...chartFigures]) {
    const list = supports.get(o.source) ?? [];
    const id = figureId(o);
    if (!list.some((f) => f.id === id)) list.push(supported(o, inText.has(id)));
    supports.set(o.source, list);
  }

  // A cited key fact without a year (frontmatter `facts`) is listed under its source too.
  const cited = doc.facts?.population;
  if (cited && !facts.population) {
    const list = supports.get(cited.source) ?? [];
    const value = formatValue(Number(cited.value), cited.value.split(".")[1]?.length ?? 0, "10k_persons", locale);
    const indicator = { key: "population", name: tCase("population") };
    list.push({ id: "fact-population", region: regionOf(doc.region), indicator, basis: basisOf(""), year: null, value, inText: false });
    supports.set(cited.source, list);
  }

  const regionDataHref = `/api/v1/observations?region=${own.join(",")}`;
  return {
    facts,
    incidence,
    others,
    chartEvents,
    sources,
    sourceNumber,
    figureAt,
    sourceRefs: refs,
    supports,
    regionDataHref,
    disagreements,
    disputed,
  };
}

import "server-only";
import type { Level, Unit } from "../themes";
import { prisma } from "./db";
import { isPreferred } from "./ledger";
import type { Basis, Disagreement, Event, Indicator, Observation, Region, Source } from "./types";

// The database is read-only while the site runs (it is rebuilt with the site), so each table is read once
// per process and kept: the API answers from memory instead of querying SQLite on every request.
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((e: unknown) => {
      loaded = undefined; // a failed read is retried, not cached
      throw e;
    }));
}

type ObservationRow = Awaited<ReturnType<typeof prisma.observation.findMany>>[number];

function toObservation(o: ObservationRow): Observation {
  return {
    region: o.regionSlug,
    indicator: o.indicatorKey,
    year: o.year,
    value: o.value,
    decimals: o.decimals,
    basis: o.basisKey,
    source: o.sourceId,
    note: { zh: o.noteZh, en: o.noteEn },
    yearInferred: o.yearInferredZh && o.yearInferredEn ? { zh: o.yearInferredZh, en: o.yearInferredEn } : null,
  };
}

export const getRegions = once(async (): Promise<Region[]> => {
  const rows = await prisma.region.findMany({ orderBy: { slug: "asc" } });
  return rows.map((r) => ({
    slug: r.slug,
    name: { zh: r.nameZh, en: r.nameEn },
    level: r.level as Level,
    parent: r.parentSlug,
    adcode: r.adcode,
  }));
});

export async function getRegion(slug: string): Promise<Region | undefined> {
  return (await getRegions()).find((r) => r.slug === slug);
}

export const getIndicators = once(async (): Promise<Indicator[]> => {
  const rows = await prisma.indicator.findMany({ orderBy: { key: "asc" } });
  return rows.map((i) => ({
    key: i.key,
    name: { zh: i.nameZh, en: i.nameEn },
    unit: i.unit as Unit,
    definition: { zh: i.definitionZh, en: i.definitionEn },
  }));
});

export async function getIndicator(key: string): Promise<Indicator | undefined> {
  return (await getIndicators()).find((i) => i.key === key);
}

export const getBases = once(async (): Promise<Basis[]> => {
  const rows = await prisma.basis.findMany({ orderBy: { key: "asc" } });
  return rows.map((b) => ({ key: b.key, name: { zh: b.nameZh, en: b.nameEn }, note: { zh: b.noteZh, en: b.noteEn } }));
});

// The database holds only public columns: editors' internal notes stay in content/data/sources.csv.
export const getSources = once(async (): Promise<Source[]> =>
  (await prisma.source.findMany({ orderBy: { id: "asc" } })).map(
    ({ author, authorEn, publisher, publisherEn, locatorZh, locatorEn, noteZh, noteEn, ...s }) => ({
      ...s,
      author: author && authorEn ? { zh: author, en: authorEn } : null,
      publisher: publisher && publisherEn ? { zh: publisher, en: publisherEn } : null,
      language: s.language as Source["language"],
      locator: locatorZh && locatorEn ? { zh: locatorZh, en: locatorEn } : null,
      note: noteZh && noteEn ? { zh: noteZh, en: noteEn } : null,
    }),
  ),
);

export const getSourcesById = once(
  async (): Promise<ReadonlyMap<string, Source>> => new Map((await getSources()).map((s) => [s.id, s])),
);

export const getAllObservations = once(async (): Promise<Observation[]> => {
  const rows = await prisma.observation.findMany({
    // Several sources for one year stay in the order of observations.csv.
    orderBy: [{ regionSlug: "asc" }, { indicatorKey: "asc" }, { basisKey: "asc" }, { year: "asc" }, { id: "asc" }],
  });
  return rows.map(toObservation);
});

// The observations API's filters (lib/schemas/api.ts): each list matches any of its values, years are inclusive.
export type ObservationFilter = {
  region?: readonly string[];
  indicator?: readonly string[];
  basis?: string;
  from?: number;
  to?: number;
};

export async function getObservations(filter: ObservationFilter): Promise<Observation[]> {
  return (await getAllObservations()).filter(
    (o) =>
      (filter.region === undefined || filter.region.includes(o.region)) &&
      (filter.indicator === undefined || filter.indicator.includes(o.indicator)) &&
      (filter.basis === undefined || o.basis === filter.basis) &&
      (filter.from === undefined || o.year >= filter.from) &&
      (filter.to === undefined || o.year <= filter.to),
  );
}

export const getDisagreements = once(async (): Promise<Disagreement[]> =>
  (
    await prisma.disagreement.findMany({ orderBy: [{ regionSlug: "asc" }, { indicatorKey: "asc" }, { id: "asc" }] })
  ).map((d) => ({
    region: d.regionSlug,
    indicator: d.indicatorKey,
    basis: d.basisKey,
    years: d.years.split(" ").map(Number),
    preferredSource: d.preferredSourceId,
    note: { zh: d.noteZh, en: d.noteEn },
  })),
);

// The observations a chart draws and key facts show: the preferred value where sources disagree.
export async function getPreferredObservations(filter: ObservationFilter): Promise<Observation[]> {
  const disagreements = await getDisagreements();
  return (await getObservations(filter)).filter((o) => isPreferred(disagreements, o));
}

export const getAllEvents = once(async (): Promise<Event[]> => {
  const rows = await prisma.event.findMany({ orderBy: [{ date: "asc" }, { id: "asc" }] });
  return rows.map((e) => ({
    region: e.regionSlug,
    date: e.date,
    kind: e.kind,
    label: { zh: e.labelZh, en: e.labelEn },
    source: e.sourceId,
  }));
});

export async function getEvents(region: string): Promise<Event[]> {
  return (await getAllEvents()).filter((e) => e.region === region);
}

import { listJoin } from "@/lib/format/punct";
import { HydrateLater } from "@/components/layout/hydrate-later";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SourceList } from "@/components/case/source-list";
import { chartLabels } from "@/components/charts/indicator-chart";
import { CompareView, type CompareFormLabels } from "@/components/compare/compare-view";
import type { CompareLabels } from "@/components/compare/compare-tables";
import { compareDrawing, type ViewLabels } from "@/components/compare/compare-drawing";
import { CAMPAIGN_SOURCES, EXIT_RULES } from "@/lib/charts/view";
import { getCompareData, parseCompareQuery } from "@/lib/compare/compare";
import { getRegions, getSourcesById } from "@/lib/data/queries";
import { sourceRefs } from "@/lib/data/source-refs";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";
import { LEVELS, THEMES, type Level, type Theme } from "@/lib/themes";
import type { Locale } from "@/lib/i18n/routing";

// Regions left out are named as readers know them, not by slug.
async function regionNames(slugs: string[], locale: Locale): Promise<string[]> {
  const regions = await getRegions();
  return slugs.map((slug) => regions.find((r) => r.slug === slug)?.name[locale] ?? slug);
}

type Props = { params: Promise<{ locale: string }> };

export async function compareMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Compare");
  return pageMetadata({ locale, path: "/compare", title: t("title"), description: t("intro") });
}

// Rendered on the server for the URL's selection (?regions=a,b&indicator=x), so it needs no JavaScript: once per
// query, then kept in memory (app/[locale]/(site)/compare/v/[key], reached through proxy.ts).
export async function ComparePage({ params, query }: Props & { query: Record<string, string | string[]> }) {
  const { locale, t } = await openPage(params, "Compare");
  const [tc, tcase, tl, tt] = await Promise.all([
    getTranslations({ locale, namespace: "Chart" }),
    getTranslations({ locale, namespace: "Case" }),
    getTranslations({ locale, namespace: "Levels" }),
    getTranslations({ locale, namespace: "Themes" }),
  ]);
  const selection = await parseCompareQuery(query);
  const data = await getCompareData(locale, selection, {
    level: (l) => tl(l as Parameters<typeof tl>[0]),
    facts: {
      level: tcase("level"),
      province: tcase("province"),
      period: tcase("period"),
      incidence: tcase("incidence"),
      exit: tcase("exit"),
      lifted: tcase("lifted"),
    },
    national: tc("national"),
    notApplicable: tcase("notApplicable"),
  });
  const tv = await getTranslations({ locale, namespace: "Compare.view" });
  const allRegions = await getRegions();
  const viewLabels: ViewLabels = {
    indexOf: tv("indexOf", { base: "{base}" }),
    indexOwn: tv("indexOwn"),
    changeOf: tv("changeOf", { base: "{base}" }),
    changeOwn: tv("changeOwn"),
    indexUnit: tv("indexUnit"),
    points: tv("points"),
    pointsShort: tv("pointsShort"),
    axisStart: tv("axisStart"),
    axisExit: tv("axisExit"),
    zeroStart: tv("zeroStart"),
    zeroExit: tv("zeroExit"),
    band: tv("band", { from: "{from}", to: "{to}" }),
    bandShort: tv("bandShort", { from: "{from}", to: "{to}" }),
    rule: tv("rule", { value: "{value}", where: "{where}" }),
    ruleWhere: { central: tv("ruleWhere.central"), western: tv("ruleWhere.western") },
    tip: tv("tip", { drawn: "{drawn}", value: "{value}", year: "{year}" }),
  };
  const countyDrawn = data.series.some(
    (s) => s.points.length && allRegions.find((r) => r.slug === s.region)?.level === EXIT_RULES.level,
  );
  const drawing = compareDrawing(data, locale, viewLabels, countyDrawn);
  const byId = await getSourcesById();
  // Every source the chart and its notes cite: the figures, the exit lines, the band's events, the milestones.
  const used = [
    ...new Set([
      ...data.series.flatMap((s) => s.points.map((p) => p.source)),
      ...(drawing.drawn.band ? CAMPAIGN_SOURCES : []),
      ...(drawing.drawn.rules ? [EXIT_RULES.source] : []),
      ...drawing.anchors.map((a) => a.source),
      ...[...drawing.milestones, ...drawing.offLine].map((m) => m.source),
    ]),
  ];
  const sources = used.map((id) => byId.get(id)!);
  const refs = sourceRefs(sources, locale, tcase("undated"));
  const labels: CompareLabels = {
    pickRegions: t("pickRegions"),
    pickHint: t("pickHint"),
    pickIndicator: t("pickIndicator"),
    basesDiffer: t("basesDiffer"),
    byYear: t("byYear"),
    changeCaption: t("changeCaption"),
    series: tc("series"),
    first: t("first"),
    last: t("last"),
    changePoints: t("changePoints"),
    changePercent: t("changePercent"),
    measures: t("measures"),
    notUsed: t("notUsed"),
    noCase: t("noCase"),
    keyFacts: tcase("keyFacts"),
    missing: tcase("notInSources"),
    noData: t("noData"),
    status: t("status", { indicator: "{indicator}", regions: "{regions}" }),
    oneRegion: t("oneRegion"),
    themeNames: Object.fromEntries(THEMES.map((th) => [th, tt(th)])) as Record<Theme, string>,
  };
  const form: CompareFormLabels = {
    addRegion: t("addRegion"),
    addNone: t("addNone"),
    show: t("show"),
    noDataMark: t("noDataMark"),
    levels: Object.fromEntries(LEVELS.map((l) => [l, tl(l)])) as Record<Level, string>,
    groups: {
      first: t("groups.first"),
      share: t("groups.share"),
      people: t("groups.people"),
      places: t("groups.places"),
      money: t("groups.money"),
    },
  };
  return (
    <div className="compare-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {(selection.unknownRegions.length > 0 ||
        selection.unknownIndicator ||
        selection.dropped.length > 0 ||
        selection.unknownView.length > 0) && (
        <div className="notice" role="alert" data-testid="compare-notice">
          {selection.unknownRegions.length > 0 && (
            <p>{t("unknownRegion", { regions: listJoin(selection.unknownRegions, locale) })}</p>
          )}
          {selection.unknownIndicator && <p>{t("unknownIndicator", { indicator: selection.unknownIndicator })}</p>}
          {selection.unknownView.length > 0 && (
            <p>{tv("unknownView", { params: listJoin(selection.unknownView, locale) })}</p>
          )}
          {selection.dropped.length > 0 && (
            <p>{t("tooMany", { regions: listJoin(await regionNames(selection.dropped, locale), locale) })}</p>
          )}
        </div>
      )}
      <CompareView
        data={data}
        locale={locale}
        form={form}
        labels={labels}
        sources={refs}
        chartLabels={chartLabels(tc)}
        drawing={drawing}
        viewForm={{
          legend: tv("legend"),
          scale: tv("scale"),
          scales: { value: tv("scaleValue"), index: tv("scaleIndex"), change: tv("scaleChange") },
          align: tv("align"),
          aligns: { year: tv("alignYear"), start: tv("alignStart"), exit: tv("alignExit") },
          marks: tv("marks"),
          marksShow: tv("marksShow"),
          marksHide: tv("marksHide"),
        }}
        viewNotes={{
          ownBase: tv("ownBase"),
          anchors: tv("anchors"),
          inherited: tv("inherited", { region: "{region}" }),
          milestones: tv("milestones"),
          offLine: tv("offLine"),
          noAnchor:
            selection.view.align === "exit"
              ? tv("noAnchorExit", { regions: "{regions}" })
              : tv("noAnchorStart", { regions: "{regions}" }),
          zeroBase: tv("zeroBase", { regions: "{regions}" }),
          bandNote: tv("bandNote", { from: "{from}", to: "{to}" }),
          rulesNote: tv("rulesNote"),
        }}
        regionNames={Object.fromEntries(allRegions.map((r) => [r.slug, r.name[locale]]))}
      />
      <HydrateLater>
        <section aria-labelledby="sources">
          <h2 id="sources">{tcase("sources")}</h2>
          <SourceList sources={sources} supports={new Map()} locale={locale} />
        </section>
      </HydrateLater>
    </div>
  );
}

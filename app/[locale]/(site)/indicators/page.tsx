import { listJoin } from "@/lib/format/punct";
import type { Metadata } from "next";
import { getAllObservations, getIndicators, getRegions } from "@/lib/data/queries";
import { unitLabel } from "@/lib/format/number";
import { Link } from "@/lib/i18n/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";
import { openPage } from "@/lib/i18n/open-page";

// A row names at most this many regions, then counts them: the table stays the same size as regions are added.
const NAMED_REGIONS = 8;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Indicators");
  return pageMetadata({ locale, path: "/indicators", title: t("title"), description: t("intro") });
}

export default async function IndicatorsPage({ params }: Props) {
  const { locale, t } = await openPage(params, "Indicators");
  const [indicators, observations, regions] = [await getIndicators(), await getAllObservations(), await getRegions()];
  return (
    <div className="indicators" data-pagefind-body>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <table className="data-table indicator-list">
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("unit")}</th>
            <th scope="col">{t("regions")}</th>
            <th scope="col">{t("figures")}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => {
            const obs = observations.filter((o) => o.indicator === i.key);
            const names = [...new Set(obs.map((o) => o.region))].map(
              (r) => regions.find((x) => x.slug === r)!.name[locale],
            );
            return (
              <tr key={i.key}>
                <th scope="row">
                  <Link href={`/indicators/${i.key}`}>{i.name[locale]}</Link>
                  <br />
                  <small className="muted">{i.definition[locale]}</small>
                </th>
                <td>{unitLabel(i.unit, locale)}</td>
                <td>
                  {names.length > NAMED_REGIONS
                    ? t("regionsSome", { names: listJoin(names.slice(0, NAMED_REGIONS), locale), count: names.length })
                    : listJoin(names, locale)}
                </td>
                <td>{obs.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

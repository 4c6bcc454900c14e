import { colon, listSeparator } from "@/lib/format/punct";
import type { Metadata } from "next";
import { GET as observationsGET } from "@/app/api/v1/observations/route";
import { API_ENDPOINTS, API_ERRORS, API_NAMING } from "@/lib/content/api-endpoints";
import { DATA_DICTIONARY } from "@/lib/data/dictionary";
import { AbsoluteUrl } from "@/components/layout/absolute-url";
import { CiteFiles } from "@/components/case/source-list";
import { SITE_URL, SITE_URL_SET, pageMetadata } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { openPage } from "@/lib/i18n/open-page";
import { NextRequest } from "next/server";

type Props = { params: Promise<{ locale: string }> };

const FILES = [
  "observations.csv",
  "sources.csv",
  "regions.csv",
  "indicators.csv",
  "bases.csv",
  "events.csv",
  "disagreements.csv",
  "poverty-cases.sqlite",
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Data");
  return pageMetadata({ locale, path: "/data", title: t("title"), description: t("intro") });
}

export default async function DataPage({ params }: Props) {
  const { locale, t } = await openPage(params, "Data");
  const example = API_ENDPOINTS.at(-1)!.example;
  // The documented response is produced by the real handler at build time, so it cannot drift.
  const response = await (await observationsGET(new NextRequest(`${SITE_URL}${example}`))).json();
  return (
    <div className="data-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="bulk">
        <h2 id="bulk">{t("bulk")}</h2>
        <ul>
          {FILES.map((f) => (
            <li key={f}>
              <a href={`/data/${f}`} download>
                {f}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/data/disagreements">{t("disagreementsLink")}</Link>
        </p>
        <p>{t("licence")}</p>
        <p>
          <CiteFiles base={`/${locale}/data/sources`} label={t("citeSources")} colonText={colon(locale)} />
        </p>
        <p>{t("citeDataset")}</p>
        <blockquote>
          {t("citeDatasetExample", { url: "\u0000" }).split("\u0000")[0]}
          <AbsoluteUrl path={`/${locale}/data`} siteUrl={SITE_URL_SET ? SITE_URL : null} />
          {t("citeDatasetExample", { url: "\u0000" }).split("\u0000")[1]}
        </blockquote>
      </section>
      <section aria-labelledby="api">
        <h2 id="api">{t("api")}</h2>
        <p>{API_ERRORS[locale]}</p>
        <p id="api-naming">{API_NAMING[locale]}</p>
        {API_ENDPOINTS.map((e) => (
          <article key={e.path} className="endpoint">
            <h3>
              <code>GET {e.path}</code>
            </h3>
            <p>{e.description[locale]}</p>
            <table className="data-table">
              <caption>{t("parameters")}</caption>
              <tbody>
                {e.params.map((p) => (
                  <tr key={p.name}>
                    <th scope="row">
                      <code>{p.name}</code>
                    </th>
                    <td style={{ textAlign: "left" }}>{p.description[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              {t("exampleRequest")}
              {colon(locale)}
              <a href={e.example}>{e.example}</a>
            </p>
          </article>
        ))}
        <h3>{t("exampleResponse", { request: example })}</h3>
        <pre className="example" tabIndex={0} aria-label={t("exampleResponse", { request: example })}>
          {JSON.stringify(response, null, 2)}
        </pre>
      </section>
      <section aria-labelledby="dictionary">
        <h2 id="dictionary">{t("dictionary")}</h2>
        {DATA_DICTIONARY.map((table) => (
          <div key={table.table} id={`table-${table.table.toLowerCase()}`}>
            <h3>
              {table.title[locale]}{" "}
              <small className="muted">
                <code>{table.table}</code>
                {listSeparator(locale)}
                <code>{table.file}</code>
              </small>
            </h3>
            <p>{table.description[locale]}</p>
            <table className="data-table dictionary">
              <thead>
                <tr>
                  <th scope="col">{t("column")}</th>
                  <th scope="col">{t("type")}</th>
                  <th scope="col">{t("meaning")}</th>
                </tr>
              </thead>
              <tbody>
                {table.columns.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">
                      <code>{c.name}</code>
                    </th>
                    <td>
                      <code>{c.type}</code>
                    </td>
                    <td>{c.description[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
    </div>
  );
}

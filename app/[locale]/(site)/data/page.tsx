import { colon, inParens, listSeparator } from "@/lib/format/punct";
import type { Metadata } from "next";
import { GET as observationsGET } from "@/app/api/v1/observations/route";
import { API_ENDPOINTS, API_ERRORS, API_NAMING } from "@/lib/content/api-endpoints";
import { DATA_DICTIONARY } from "@/lib/data/dictionary";
import { readBulkDownload, type BulkFile } from "@/lib/dataset/bulk-download";
import { STANDARDS } from "@/lib/dataset/standards";
import { DATASET, datasetCitation } from "@/lib/format/dataset-citation";
import { formatBytes } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/routing";
import { AbsoluteUrl } from "@/components/layout/absolute-url";
import { CiteFiles } from "@/components/case/source-list";
import { SITE_URL, SITE_URL_SET, pageMetadata } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { openPage } from "@/lib/i18n/open-page";
import { NextRequest } from "next/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await openPage(params, "Data");
  return pageMetadata({ locale, path: "/data", title: t("title"), description: t("intro") });
}

export default async function DataPage({ params }: Props) {
  const { locale, t } = await openPage(params, "Data");
  const example = API_ENDPOINTS.at(-1)!.example;
  // The documented response is produced by the real handler at build time, so it cannot drift.
  const response = await (await observationsGET(new NextRequest(`${SITE_URL}${example}`))).json();
  const bulk = readBulkDownload();
  // The URL is filled in by <AbsoluteUrl>, so a build without SITE_URL never shows localhost.
  const [citeBefore, citeAfter] = datasetCitation(locale, bulk, "\u0000").split("\u0000");
  return (
    <div className="data-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="bulk">
        <h2 id="bulk">{t("bulk")}</h2>
        <p>{t("edition", { version: bulk.version, date: bulk.date })}</p>
        <ul className="bulk-files">
          <li>
            <Download file={bulk.zip} locale={locale} />
            <p className="bulk-note">{t("packageZip")}</p>
            <details>
              <summary>{t("zipContents")}</summary>
              <ul>
                {bulk.zipEntries.map((f) => (
                  <li key={f.name}>
                    <code>{f.name}</code> <Size file={f} locale={locale} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
          <li>
            <Download file={bulk.descriptor} locale={locale} />
            <p className="bulk-note">{t("packageDescriptor")}</p>
          </li>
        </ul>
        <h3 id="bulk-files">{t("singleFiles")}</h3>
        <ul className="bulk-files">
          {bulk.files.map((f) => (
            <li key={f.name}>
              <Download file={f} locale={locale} />
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
        <blockquote className="dataset-citation">
          {citeBefore}
          <AbsoluteUrl path={DATASET.path} siteUrl={SITE_URL_SET ? SITE_URL : null} />
          {citeAfter}
        </blockquote>
      </section>
      <section aria-labelledby="standards">
        <h2 id="standards">{t("standards")}</h2>
        <p>{t("standardsIntro")}</p>
        <ul>
          {STANDARDS.map((s) => (
            <li key={s.name}>
              {s.url ? <a href={s.url}>{s.name}</a> : s.name}
              {colon(locale)}
              {s.what[locale]}
            </li>
          ))}
        </ul>
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

function Size({ file, locale }: { file: BulkFile; locale: Locale }) {
  return <span className="muted file-size">{inParens(formatBytes(file.bytes, locale), locale).trim()}</span>;
}

// A built file under /data/ with its size; `download` keeps the browser from opening JSON or CSV in the tab.
function Download({ file, locale }: { file: BulkFile; locale: Locale }) {
  return (
    <>
      <a href={`/data/${file.name}`} download>
        {file.name}
      </a>{" "}
      <Size file={file} locale={locale} />
    </>
  );
}

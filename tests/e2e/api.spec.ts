import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

const BAD: [string, number, string][] = [
  // [query, status, parameter named in the reply]
  ["/api/v1/observations?from=abc", 400, "from"],
  ["/api/v1/observations?from=2013.5", 400, "from"],
  ["/api/v1/observations?to=1800", 400, "to"],
  ["/api/v1/observations?from=3000", 400, "from"],
  ["/api/v1/observations?from=2019&to=2013", 400, "from"],
  ["/api/v1/observations?from=99999999999999999999", 400, "from"],
  ["/api/v1/observations?region=" + "a".repeat(5000), 400, "region"],
  ["/api/v1/observations?region=Lichuan", 400, "region"],
  ["/api/v1/observations?region=lichuan%27%3B%20DROP%20TABLE%20Observation%3B--", 400, "region"],
  ["/api/v1/observations?indicator=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 400, "indicator"],
  ["/api/v1/observations?region=lichuan&region=xiangxi", 400, "region"],
  ["/api/v1/observations?regoin=lichuan", 400, "regoin"],
  ["/api/v1/observations?format=xml", 400, "format"],
  ["/api/v1/observations?region=", 400, "region"],
  ["/api/v1/regions?format=csv&x=1", 400, "x"],
  ["/api/v1/sources?format=", 400, "format"],
  ["/api/v1/observations?region=atlantis", 404, "region"],
  ["/api/v1/observations?region=lichuan,atlantis", 404, "region"],
  ["/api/v1/observations?indicator=happiness", 404, "indicator"],
  ["/api/v1/observations?basis=guesswork", 404, "basis"],
];

for (const [url, status, parameter] of BAD) {
  test(`${status} for ${url.slice(0, 80)}`, async ({ request }) => {
    const res = await request.get(url);
    expect(res.status()).toBe(status);
    const body = await res.json();
    expect(typeof body.error).toBe("string");
    expect(body.issues.map((i: { parameter: string }) => i.parameter)).toContain(parameter);
  });
}

test("observations carry their source ids and the response includes those sources", async ({ request }) => {
  const res = await request.get("/api/v1/observations?region=xiangxi&indicator=poverty_incidence&from=2013&to=2019");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("max-age");
  const body = await res.json();
  const db = new Database("prisma/data.db", { readonly: true });
  const rows = db
    .prepare(
      "SELECT year, value, sourceId FROM Observation WHERE regionSlug='xiangxi' AND indicatorKey='poverty_incidence' ORDER BY year",
    )
    .all() as { year: number; value: number; sourceId: string }[];
  db.close();
  expect(body.data.map((d: { year: number; value: number; source: string }) => [d.year, d.value, d.source])).toEqual(
    rows.map((r) => [r.year, r.value, r.sourceId]),
  );
  expect(body.sources.map((s: { id: string }) => s.id).sort()).toEqual(
    [...new Set(rows.map((r) => r.sourceId))].sort(),
  );
});

test("CSV format of every endpoint", async ({ request }) => {
  for (const [endpoint, header] of [
    ["regions", "slug,name_zh,name_en,level,parent,adcode"],
    ["indicators", "key,name_zh,name_en,unit,definition_zh,definition_en"],
    [
      "sources",
      "id,title,title_en,author,author_en,publisher,publisher_en,date,url,locator_zh,locator_en,language,note_zh,note_en",
    ],
    [
      "observations",
      "region,indicator,year,value,unit,basis,source,note_zh,note_en,year_inferred_zh,year_inferred_en,preferred",
    ],
    ["disagreements", "region,indicator,basis,years,preferred_source,note_zh,note_en"],
  ]) {
    const res = await request.get(`/api/v1/${endpoint}?format=csv`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    expect((await res.text()).split("\n")[0]).toBe(header);
  }
});

// One naming scheme: each endpoint's JSON keys are its CSV columns, which are the bulk download's columns on /data.
test("every endpoint names its fields as the bulk CSV files name their columns, in JSON and CSV alike", async ({
  request,
}) => {
  const header = async (url: string) => (await (await request.get(url)).text()).split("\n")[0]!.split(",");
  const keysOf = async (url: string) =>
    (await (await request.get(url)).json()) as { data: Record<string, unknown>[]; sources?: Record<string, unknown>[] };
  for (const endpoint of ["regions", "indicators", "sources"]) {
    const columns = await header(`/api/v1/${endpoint}?format=csv`);
    expect(columns, endpoint).toEqual(await header(`/data/${endpoint}.csv`));
    const body = await keysOf(`/api/v1/${endpoint}`);
    expect(body.data.length, endpoint).toBeGreaterThan(0);
    for (const row of body.data) expect(Object.keys(row), endpoint).toEqual(columns);
  }
  // disagreements.csv may have no rows; its header and any rows follow the same scheme.
  const disagreements = await header("/api/v1/disagreements?format=csv");
  expect(disagreements).toEqual(await header("/data/disagreements.csv"));
  for (const row of (await keysOf("/api/v1/disagreements")).data) expect(Object.keys(row)).toEqual(disagreements);
  const obs = await keysOf("/api/v1/observations?region=xiangxi");
  expect(Object.keys(obs.data[0]!)).toEqual([...(await header("/api/v1/observations?format=csv")), "decimals"]);
  expect(obs.sources!.length).toBeGreaterThan(0);
  for (const s of obs.sources!) expect(Object.keys(s)).toEqual(await header("/data/sources.csv"));
});

test("the /data page documents the naming scheme in both languages", async ({ request }) => {
  for (const locale of ["zh", "en"]) {
    const html = await (await request.get(`/${locale}/data`)).text();
    expect(html).toMatch(/id="api-naming"[^>]*>[^<]*title_en/);
  }
});

test("an unknown endpoint is a JSON 404, and writing methods are refused", async ({ request }) => {
  const res = await request.get("/api/v1/cases");
  expect(res.status()).toBe(404);
  expect((await res.json()).issues[0].parameter).toBe("path");
  const post = await request.post("/api/v1/observations", { data: { region: "lichuan" } });
  expect(post.status()).toBe(405);
});

test("unknown pages are 404s: an indicator, a locale, a path", async ({ request }) => {
  for (const url of ["/en/indicators/happiness", "/fr/cases/lichuan", "/zh/cases/lichuan/extra", "/en/nothing-here"])
    expect((await request.get(url)).status(), url).toBe(404);
});

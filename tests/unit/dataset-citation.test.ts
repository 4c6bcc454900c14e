import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BULK, type DataPackage } from "@/lib/dataset/data-package";
import { readDataset } from "@/lib/dataset/load-dataset";
import { packageFiles } from "@/lib/dataset/write-package";
import { datasetCff, repositoryCff } from "@/lib/format/cff";
import { DATASET, datasetCitation, type Edition } from "@/lib/format/dataset-citation";

const EDITION: Edition = { version: "2026-12-01+abcdef0", date: "2026-12-01", commit: "abcdef0" };
const SITE = "https://example.org";
const schema = JSON.parse(fs.readFileSync("tests/fixtures/cff/schema-1.2.0.json", "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validCff = ajv.compile(schema);

const { dataset } = readDataset(path.resolve("content/data"));
const files = packageFiles({ dataDir: path.resolve("content/data"), dataset, edition: EDITION, siteUrl: SITE });
const pkg = JSON.parse(files.get(BULK.descriptor)!) as DataPackage;
const packageCff = parse(files.get(BULK.citation)!);

describe("CITATION.cff", () => {
  it("at the repository's root is what scripts/citation-cff.ts writes (npm run citation:cff)", () => {
    expect(fs.readFileSync("CITATION.cff", "utf8")).toBe(repositoryCff());
  });

  it("at the root and in the data package are valid Citation File Format 1.2.0 (its own JSON Schema)", () => {
    for (const [name, doc] of [
      ["CITATION.cff", parse(fs.readFileSync("CITATION.cff", "utf8"))],
      ["the package's CITATION.cff", packageCff],
    ] as const) {
      expect(validCff(doc) ? [] : validCff.errors, name).toEqual([]);
      expect(doc["cff-version"]).toBe("1.2.0");
    }
    expect(parse(fs.readFileSync("CITATION.cff", "utf8")).type).toBe("software");
    expect(packageCff.type).toBe("dataset");
  });

  it("the schema can fail: a file without authors, or with an unknown key, is refused", () => {
    const { authors: _authors, ...noAuthors } = packageCff;
    expect(validCff(noAuthors)).toBe(false);
    expect(validCff({ ...packageCff, edition: 1 })).toBe(false);
  });
});

describe("one citation of the dataset", () => {
  it("datapackage.json, the package's CITATION.cff and the repository's give the same title, authors, version and URL", () => {
    const root = parse(fs.readFileSync("CITATION.cff", "utf8"));
    expect(pkg.title).toBe(DATASET.title.en);
    expect(packageCff.title).toBe(pkg.title);
    expect(root["preferred-citation"].title).toBe(pkg.title);
    expect(packageCff.authors).toEqual([{ name: DATASET.publisher.en, alias: DATASET.publisher.zh }]);
    expect(root["preferred-citation"].authors).toEqual(packageCff.authors);
    expect(pkg.contributors).toEqual([
      { title: `${DATASET.publisher.en} / ${DATASET.publisher.zh}`, role: "publisher", path: SITE },
    ]);
    expect(packageCff.version).toBe(pkg.version);
    expect(pkg.version).toBe(EDITION.version);
    expect(packageCff["date-released"]).toBe(pkg.created.slice(0, 10));
    expect(packageCff.url).toBe(pkg.homepage);
    expect(pkg.homepage).toBe(`${SITE}${DATASET.path}`);
    expect(packageCff.license).toBe(pkg.licenses[0]!.name);
    expect(root["preferred-citation"].license).toBe(pkg.licenses[0]!.name);
  });

  it("the /data page's citation and the package's README carry the same title, authors, version and URL, in both languages", () => {
    const readme = files.get(BULK.readme)!;
    for (const locale of ["zh", "en"] as const) {
      const cite = datasetCitation(locale, { version: pkg.version, date: pkg.created.slice(0, 10) }, pkg.homepage);
      for (const part of [DATASET.title[locale], DATASET.publisher[locale], pkg.version, pkg.homepage])
        expect(cite, locale).toContain(part);
      expect(readme).toContain(`> ${cite}`);
    }
    expect(datasetCitation("en", EDITION, `${SITE}/data`)).toBe(
      "China Poverty Alleviation Case Library. (2026). Dataset of poverty-alleviation indicators (Version 2026-12-01+abcdef0) [Data set]. https://example.org/data",
    );
    expect(datasetCitation("zh", EDITION, `${SITE}/data`)).toBe(
      "中国减贫案例库. 减贫指标数据集[DS/OL]. 版本 2026-12-01+abcdef0. (2026-12-01). https://example.org/data.",
    );
  });

  it("datasetCff writes the edition it is given", () => {
    expect(parse(datasetCff(EDITION, `${SITE}/data`))).toMatchObject({
      version: EDITION.version,
      "date-released": EDITION.date,
      commit: EDITION.commit,
      url: `${SITE}/data`,
    });
  });
});

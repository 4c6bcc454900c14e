import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/data/db";
import { getAllObservations, getObservations, getSourcesById } from "@/lib/data/queries";
import { caseQuery, casesHref } from "@/lib/schemas/case-query";

describe("the dataset is read once per process", () => {
  it("asks SQLite for the observations once, however many requests follow", async () => {
    const row = {
      regionSlug: "china",
      indicatorKey: "poverty_incidence",
      year: 2015,
      value: 5.7,
      decimals: 1,
      basisKey: "nbs-survey",
      sourceId: "s",
      noteZh: "",
      noteEn: "",
    };
    const findMany = vi.spyOn(prisma.observation, "findMany").mockResolvedValue([row] as never);
    const sources = vi.spyOn(prisma.source, "findMany").mockResolvedValue([] as never);
    for (let i = 0; i < 5; i++) {
      await getAllObservations();
      await getObservations({ region: ["china"] });
      await getSourcesById();
    }
    expect(findMany).toHaveBeenCalledTimes(1);
    expect(sources).toHaveBeenCalledTimes(1);
    expect((await getObservations({ region: ["china"] }))[0]!.value).toBe(5.7);
  });
});

describe("the case index's URL state", () => {
  it("reads checkbox lists and comma lists alike, and ignores what it does not know", () => {
    expect(caseQuery.parse({ theme: ["finance", "industry"], province: "hubei" })).toMatchObject({
      theme: ["finance", "industry"],
      province: "hubei",
      sort: "title",
      page: 1,
    });
    expect(caseQuery.parse({ theme: "finance,industry" }).theme).toEqual(["finance", "industry"]);
    expect(
      caseQuery.parse({ theme: "nonsense", level: "planet", year: "abc", page: "-3", sort: "random", extra: "x" }),
    ).toEqual({
      theme: [],
      level: undefined,
      province: undefined,
      year: undefined,
      term: undefined,
      sort: "title",
      page: 1,
    });
  });

  it("puts unfiltered pages on prerendered URLs and filtered views on one clean URL each", () => {
    expect(casesHref(caseQuery.parse({}), 1)).toBe("/cases");
    expect(casesHref(caseQuery.parse({}), 3)).toBe("/cases/page/3");
    expect(casesHref(caseQuery.parse({ province: "", level: "", theme: ["ecommerce"], sort: "title" }), 1)).toBe(
      "/cases/filter?theme=ecommerce",
    );
    expect(casesHref(caseQuery.parse({ province: "hunan", theme: "finance,industry", sort: "drop" }), 2)).toBe(
      "/cases/filter?province=hunan&theme=finance,industry&sort=drop&page=2",
    );
  });
});

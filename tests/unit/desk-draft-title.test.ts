import { expect, it } from "vitest";
import { draftTitle } from "@/lib/desk/draft-title";

const doc = (title: string) => `---\ntitle: ${title}\nsummary: x\n---\n\n## A {#a}\n`;

it("names a case draft by its frontmatter title in the desk's language, then the other, then the slug", () => {
  const d = { kind: "case", slug: "enshi", title: "", zh: doc("恩施州的脱贫"), en: doc('"Enshi: out of poverty"') };
  expect(draftTitle(d, "en")).toBe("Enshi: out of poverty");
  expect(draftTitle(d, "zh")).toBe("恩施州的脱贫");
  expect(draftTitle({ ...d, en: doc("TODO: the English title") }, "en")).toBe("恩施州的脱贫");
  expect(draftTitle({ ...d, zh: "no frontmatter", en: "---\ntitle: [unclosed\n---\n" }, "en")).toBe("enshi");
});

it("names a data change by its one line", () => {
  expect(
    draftTitle({ kind: "data", slug: "lichuan", title: "Lichuan: poverty incidence in 2018", zh: "", en: "" }, "zh"),
  ).toBe("Lichuan: poverty incidence in 2018");
});

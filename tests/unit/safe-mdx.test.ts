import { describe, expect, it } from "vitest";
import { parseBody } from "@/lib/content/parse-case";

const codes = (body: string, first = 1) => parseBody(body, first).unsafe.map((p) => `${p.line}:${p.code}:${p.name}`);

describe("safe MDX", () => {
  it("accepts Markdown, the site's components with literal props, comments and heading ids", () => {
    const body = [
      "## Background {#background}",
      "",
      'Text<Cite id="a" /> with <Term id="jingzhun-fupin">a term</Term> and **bold** [a link](/en/cases) and [out](https://example.org).',
      "",
      '<Figure region="lichuan" indicator="poverty_incidence" year={2019} basis="official" />',
      "",
      "{/* an editor's note */}",
      "",
      "<Timeline />",
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
      "",
      "```js",
      'import x from "y"; {1 + 1}',
      "```",
    ].join("\n");
    expect(codes(body)).toEqual([]);
  });

  it("refuses import, export, expressions, script, HTML, unknown components and props, handlers and script URLs, each at its line", () => {
    const body = [
      'import x from "y"',
      "",
      "export const a = 1",
      "",
      "Two is {1 + 1}.",
      "",
      "<script>alert(1)</script>",
      "",
      '<div onClick="x">hi</div>',
      "",
      '<Chart data="x" />',
      "",
      '<Figure region="a" indicator="b" year={2019 + 1} />',
      "",
      '<Cite id={x} onMouseOver="y" />',
      "",
      '<Term id="a" extra="b" />',
      "",
      "[click](javascript:alert(1)) and <Cite {...props} />",
    ].join("\n");
    expect(codes(body, 10)).toEqual([
      "10:esm:",
      "12:esm:",
      "14:expression:{1 + 1}",
      "16:script:",
      "18:html:div",
      "20:unknown-component:Chart",
      "22:expression:year={2019 + 1}",
      "24:expression:id={x}",
      "24:event-handler:onMouseOver",
      "26:unknown-prop:extra (expected id)",
      "28:url:javascript:alert(1)",
      "28:expression:{...props}",
    ]);
  });

  it("reports MDX that does not parse at its line", () => {
    expect(codes('fine\n\nbroken <Cite id="a"\n', 5)).toEqual([expect.stringMatching(/^\d+:syntax:/)]);
    expect(parseBody("a\n\n<b").tree).toBeUndefined();
  });
});

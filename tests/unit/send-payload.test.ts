import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// The module patches/next+16.4.6.patch changes (applied by patch-package on install).
import { sendRenderResult } from "next/dist/server/send-payload";
import { generateETag } from "next/dist/server/lib/etag";

type Sent = { status: number; headers: Record<string, unknown>; body: unknown };

async function send(text: string, ifNoneMatch?: string): Promise<Sent> {
  const sent: Sent = { status: 200, headers: {}, body: undefined };
  const res = {
    statusCode: 200,
    finished: false,
    headersSent: false,
    setHeader: (k: string, v: unknown) => void (sent.headers[k.toLowerCase()] = v),
    getHeader: (k: string) => sent.headers[k.toLowerCase()],
    end(body?: unknown) {
      sent.status = this.statusCode;
      sent.body = body;
      this.finished = true;
    },
  };
  const req = { method: "GET", headers: ifNoneMatch ? { "if-none-match": ifNoneMatch } : {} };
  const result = { isDynamic: false, contentType: "text/html; charset=utf-8", toUnchunkedString: () => text };
  await sendRenderResult({ req, res, result, generateEtags: true, poweredByHeader: false } as never);
  return sent;
}

describe("Next's sendRenderResult, as patched", () => {
  const page = `<!DOCTYPE html><title>湘西</title>${"贫困发生率 poverty incidence ".repeat(5000)}`;

  it("sends a static page as bytes, with their length, not as a string", async () => {
    const sent = await send(page);
    expect(Buffer.isBuffer(sent.body)).toBe(true);
    expect((sent.body as Buffer).equals(Buffer.from(page))).toBe(true);
    expect(sent.headers["content-length"]).toBe(Buffer.byteLength(page));
  });

  it("keeps the ETag Next always sent, and answers 304 to it", async () => {
    const sent = await send(page);
    expect(sent.headers["etag"]).toBe(generateETag(page));
    const again = await send(page, generateETag(page));
    expect(again.status).toBe(304);
  });

  it("encodes a page once: the same text gets the same bytes without encoding it again", async () => {
    const [a, b] = [await send(page), await send(page)];
    expect(a.body).toBe(b.body);
    const other = await send(page + " ");
    expect(other.body).not.toBe(a.body);
    expect((other.body as Buffer).length).toBe(Buffer.byteLength(page) + 1);
  });
});

describe("the patch", () => {
  it("changes the ES module copy that the app's pages are bundled from the same way as the CommonJS one tested above", () => {
    const resolve = createRequire(import.meta.url).resolve;
    const cjs = fs.readFileSync(resolve("next/dist/server/send-payload.js"), "utf8");
    const esm = fs.readFileSync(resolve("next/dist/esm/server/send-payload.js"), "utf8");
    const helper = (src: string) =>
      src.slice(
        src.indexOf("const ENCODED = new Map();"),
        src.indexOf("    return hit;\n}") + "    return hit;\n}".length,
      );
    expect(helper(cjs)).toContain("function encodedPayload(payload, withEtag)");
    expect(helper(esm).replace("generateETag(payload)", "(0, _etag.generateETag)(payload)")).toBe(helper(cjs));
    for (const src of [cjs, esm]) expect(src).toContain("res.end(encoded.bytes);");
  });
});

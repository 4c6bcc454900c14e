import "server-only";
import { deskLocale } from "./localize";
import { deskError } from "./respond";

// The largest desk request: a save with both languages' MDX at their limit (lib/schemas/limits.ts), in UTF-8 and JSON.
export const BODY_CAP = 2 * 1024 * 1024;

export class BodyTooLarge extends Error {}

// The request body as text, read no further than `cap` bytes (a declared Content-Length past it is refused unread).
export async function readCapped(req: Request, cap = BODY_CAP): Promise<string> {
  if (Number(req.headers.get("content-length") ?? 0) > cap) throw new BodyTooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// A form post (sign-in, invitation) through the same cap; null when it is not a form at all.
async function readCappedForm(req: Request, cap = BODY_CAP): Promise<FormData | null> {
  const text = await readCapped(req, cap);
  return new Response(text, { headers: { "content-type": req.headers.get("content-type") ?? "" } })
    .formData()
    .catch(() => null);
}

// Sign-in, sign-out and invitation forms carry an address and a password or two: far less than this.
export const FORM_CAP = 64 * 1024;

// A desk form (sign-in, sign-out, invitation) read through FORM_CAP: the form (null when it is not one), or the 413 to send.
export async function readDeskForm(req: Request): Promise<FormData | null | Response> {
  try {
    return await readCappedForm(req, FORM_CAP);
  } catch (e) {
    if (e instanceof BodyTooLarge)
      return deskError(413, "too-large", "refuseTooLarge", { max: FORM_CAP }, {}, deskLocale(req));
    return null;
  }
}

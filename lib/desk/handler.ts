import "server-only";
import type { z } from "zod";
import { BODY_CAP, BodyTooLarge, readCapped } from "./body";
import { DeskRefusal } from "./refusal";
import { guard } from "./guard";
import { deskLocale } from "./localize";
import { deskError, deskJson } from "./respond";
import type { Role } from "../schemas/desk";
import type { DeskUser } from "./session";

type Ctx<S extends z.ZodType> = { user: DeskUser; body: z.output<S>; id: number; req: Request };

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

// One shape for every desk mutation: origin, session and role first, then the body through its zod schema, then the work.
export function mutation<S extends z.ZodType>(
  roles: readonly Role[] | undefined,
  schema: S,
  work: (c: Ctx<S>) => Promise<unknown>,
) {
  return async (req: Request, { params }: { params?: Promise<{ id?: string }> } = {}) => {
    const locale = deskLocale(req);
    const user = await guard(req, roles);
    if (user instanceof Response) return user;
    const raw = (await params)?.id;
    const id = raw === undefined ? 0 : Number(raw);
    if (!Number.isInteger(id) || id < 0) return deskError(404, "not-found", "refuseNoSuchDraft", {}, {}, locale);
    let text: string;
    try {
      text = await readCapped(req);
    } catch (e) {
      if (e instanceof BodyTooLarge)
        return deskError(413, "too-large", "refuseTooLarge", { max: BODY_CAP }, {}, locale);
      // A body that breaks off is no body: the schema then names what is missing (never a 500).
      text = "";
    }
    const json = parseJson(text);
    const parsed = schema.safeParse(json ?? {});
    if (!parsed.success)
      return deskError(
        400,
        "invalid",
        "refuseInvalid",
        {},
        { problems: parsed.error.issues.map((i) => ({ field: i.path.join(".") || "body", message: i.message })) },
        locale,
      );
    try {
      return deskJson((await work({ user, body: parsed.data, id, req })) ?? { ok: true }, 200, locale);
    } catch (e) {
      if (e instanceof DeskRefusal) return deskError(e.status, e.error, e.code, e.params, e.extra, locale);
      throw e;
    }
  };
}

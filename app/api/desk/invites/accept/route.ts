import { readDeskForm } from "@/lib/desk/body";
import { sameOrigin } from "@/lib/desk/guard";
import { acceptInvite } from "@/lib/desk/invites";
import { PRIVATE } from "@/lib/desk/respond";
import { acceptInviteForm, formObject } from "@/lib/schemas/desk";

// The invitation form posts here (it works without JavaScript): on to sign-in, or back to the form with the reason.
export async function POST(req: Request) {
  if (!sameOrigin(req))
    return new Response("requests must come from this site's own pages", { status: 403, headers: PRIVATE });
  const form = await readDeskForm(req);
  if (form instanceof Response) return form;
  const { locale, token, password, confirm } = acceptInviteForm.parse(formObject(form));
  const r = await acceptInvite(token, password, confirm);
  const to = r.ok
    ? `/${locale}/desk/sign-in?invited=1`
    : `/${locale}/desk/invite/${encodeURIComponent(token)}?error=${r.reason}`;
  return new Response(null, { status: 303, headers: { ...PRIVATE, Location: to } });
}

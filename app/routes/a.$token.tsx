// The invite link. A valid token starts a candidate session and moves on, so the token
// leaves the address bar; every other token answers the same neutral page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { openInvitation } from "#app/services/invitations/open-invitation.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const opened = await openInvitation(params.token ?? "");
  if (opened.status !== "ok") throw redirect("/link-unavailable");
  throw redirect("/assessment", { headers: opened.headers });
}

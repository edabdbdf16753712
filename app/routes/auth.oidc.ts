// Starts staff single sign-on: off to the company's OpenID provider (app/services/sso.server.ts).
// Not found when single sign-on is not configured.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "#app/services/auth.server";
import { ssoEnabled, startSsoSignIn } from "#app/services/sso.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (!ssoEnabled()) throw notFound();
  return startSsoSignIn(request);
}

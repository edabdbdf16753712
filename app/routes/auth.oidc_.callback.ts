// Where the OpenID provider sends staff back: the answer is checked and a session started, or
// the sign-in page says why not (app/services/sso.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "#app/services/auth.server";
import { finishSsoSignIn, ssoEnabled } from "#app/services/sso.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (!ssoEnabled()) throw notFound();
  return finishSsoSignIn(request);
}

// The address the app is reached at, for links in emails and invite links: the app's public
// URL when set, else the request's origin.
import { getEnv } from "#app/utils/env.server";

export function publicBaseUrl(request?: Request): string {
  return (
    getEnv().APP_URL ??
    (request
      ? new URL(request.url).origin
      : `http://localhost:${process.env.PORT ?? 3000}`)
  );
}

export function invitationUrl(token: string, request?: Request): string {
  return new URL(`/a/${token}`, publicBaseUrl(request)).toString();
}

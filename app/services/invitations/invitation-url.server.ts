// The address of an invite link: the app's public URL when set, else the request's origin.
import { getEnv } from "#app/utils/env.server";

export function invitationUrl(token: string, request: Request): string {
  const base = getEnv().APP_URL ?? new URL(request.url).origin;
  return new URL(`/a/${token}`, base).toString();
}

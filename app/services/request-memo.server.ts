// Who is asking, read once per request: the root loader and the route loaders of one request
// share the load context the server entry creates for it (scripts/server.js), so the second
// session read is a lookup instead of a query.
import type { AppLoadContext } from "@remix-run/node";

/**
 * `read()` once per request and key. Without a load context (tests, scripts) it just reads.
 * Only loaders share: an action may change who is asking (sign-in, sign-out), and the loaders
 * that run after it in the same request see GET requests of their own.
 */
export function oncePerRequest<Value>(
  request: Request,
  context: AppLoadContext | undefined,
  key: string,
  read: () => Promise<Value>,
): Promise<Value> {
  if (!context?.memo || (request.method !== "GET" && request.method !== "HEAD"))
    return read();
  let value = context.memo.get(key) as Promise<Value> | undefined;
  if (!value) {
    value = read();
    context.memo.set(key, value);
  }
  return value;
}

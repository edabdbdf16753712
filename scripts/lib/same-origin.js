// Refuses a cross-origin form post with 403 before it reaches Remix (scripts/server.js). Remix makes the same
// check (its CSRF guard: the Origin header must name the Host, or X-Forwarded-Host) but
// throws, and so answers 500; this mirrors that check exactly, so Remix's never fires.
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The host an Origin header names, "null" for an opaque origin, or null if unreadable. */
function originHost(origin) {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * The problem with a request's origin, or null when Remix would accept it.
 * @param {{ method: string, origin?: string | null, host?: string, forwardedHost?: string }} request
 */
export function crossOriginProblem({ method, origin, host, forwardedHost }) {
  // An absent header passes, as in Remix; an empty one does not (Remix cannot parse it).
  if (!UNSAFE.has(method) || origin === undefined || origin === null)
    return null;
  const expected = forwardedHost?.split(",")[0]?.trim() || host;
  if (!expected) return "The request names no host to compare its origin with.";
  if (originHost(origin) !== expected)
    return "Cross-origin form posts are refused.";
  return null;
}

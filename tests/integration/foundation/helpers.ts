// Helpers for integration tests that go through the app's own request handling: a Request
// carrying the cookie a response set, as a browser would send it back.
export function cookieFrom(response: Response): string {
  const header = response.headers.get("Set-Cookie");
  if (!header) throw new Error("The response set no cookie");
  return header.split(";")[0]!;
}

export function requestWith(
  path: string,
  cookie?: string,
  init: RequestInit = {},
): Request {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("Cookie", cookie);
  return new Request(`http://localhost${path}`, { ...init, headers });
}

/** Runs a loader or action and returns what it threw or returned, as Remix would see it. */
export async function settle<T>(work: Promise<T>): Promise<T | Response> {
  try {
    return await work;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

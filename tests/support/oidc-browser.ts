// A browser's part in an OpenID Connect sign-in, for the integration tests: follows the
// provider's redirects with its cookies and fills its development login form, until the
// provider sends the browser back to the app. Returns that address (the app's callback).
export async function signInAtProvider(
  authorizationUrl: string,
  login: string,
): Promise<URL> {
  const provider = new URL(authorizationUrl).origin;
  const jar = new Map<string, string>();
  const send = async (url: URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set(
      "Cookie",
      [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
    );
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const separator = pair.indexOf("=");
      jar.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  };
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < 12; hop++) {
    if (url.origin !== provider) return url;
    let response = await send(url);
    if (response.status < 300 || response.status >= 400) {
      const page = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      if (!action)
        throw new Error(`The provider answered ${response.status}: ${page}`);
      response = await send(new URL(action, url), {
        method: "POST",
        body: new URLSearchParams({ prompt: "login", login, password: "any" }),
      });
    } else await response.arrayBuffer();
    const location = response.headers.get("Location");
    if (!location)
      throw new Error(
        `The provider answered ${response.status} without a redirect`,
      );
    url = new URL(location, url);
  }
  throw new Error("The provider never sent the browser back");
}

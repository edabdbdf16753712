// How a save travels: fetch, then the whole answer read as text and checked against the
// contract (contract.ts). A request that never gets an answer is "offline"; an answer that
// cannot be read to its end is a failure to retry, never a verdict.
import { readSaveAnswer } from "./contract";
import type { SaveOutcome, SaveRequest } from "./machine";

export type Transport = (request: SaveRequest) => Promise<SaveOutcome>;

/** JSON, or a form for the scorecard draft (the base revision as its `revision` field). */
export type Encoding = "json" | "form";

function encode(
  encoding: Encoding,
  body: unknown,
): { body: BodyInit; headers: Record<string, string> } {
  if (encoding === "json") {
    return {
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
    };
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === null || value === undefined) continue;
    form.set(name === "baseRevision" ? "revision" : name, String(value));
  }
  return { body: form, headers: {} };
}

export function fetchTransport(
  encoding: Encoding = "json",
  fetcher: typeof fetch = (...args) => fetch(...args),
): Transport {
  return async (request) => {
    const { body, headers } = encode(encoding, request.body);
    let response: Response;
    try {
      response = await fetcher(request.url, {
        method: request.method,
        headers: { ...headers, Accept: "application/json" },
        body,
        credentials: "same-origin",
        redirect: "manual",
        keepalive: request.keepalive,
      });
    } catch {
      return { kind: "offline" };
    }
    let text: string | null;
    try {
      text = await response.text();
    } catch {
      // The connection dropped mid-body (the server died while answering).
      text = null;
    }
    return readSaveAnswer({
      status: response.status,
      // A browser shows a redirect it did not follow as "opaqueredirect"; Node as the 3xx.
      redirected:
        response.type === "opaqueredirect" ||
        response.redirected ||
        (response.status >= 300 && response.status < 400),
      text,
    });
  };
}

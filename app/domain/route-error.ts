// What to tell someone whose page could not be shown: the four stories an error page tells
// (not found, refused with a reason, our fault, no connection) and their words, decided
// without React so each rule is tested on its own. The page is route-error-boundary.tsx.

/** What a route's error boundary caught, as the framework hands it over. */
export type CaughtError =
  | {
      response: {
        status: number;
        data: unknown;
        /** Made by the framework (a 405 for a route with no action): its text is for developers. */
        internal?: boolean;
      };
    }
  | { thrown: unknown };

export type ErrorAudience = "staff" | "candidate";

export type RouteErrorKind = "not-found" | "refused" | "server" | "network";

export type RouteErrorPage = {
  kind: RouteErrorKind;
  /** The small line above the title: "Error 404", or "No connection". */
  label: string;
  title: string;
  body: string;
  /** Whether trying the same page again can help (a retry button, and on reconnect). */
  retry: boolean;
};

// What `fetch` rejects with when the request never got an answer, per engine: Chromium,
// Firefox, WebKit, and Node's undici. Any other TypeError is a bug in our code, not the wire.
const NETWORK_MESSAGES = [
  /^Failed to fetch$/i,
  /^NetworkError when attempting to fetch resource\.?$/i,
  /^Load failed$/i,
  /^fetch failed$/i,
  /^Network request failed$/i,
];

/**
 * A client-side navigation whose data request never reached the server: Remix's single
 * fetch rethrows fetch's own TypeError to the route, where a server error arrives as a plain
 * Error ("Unexpected Server Error") or an error response with a status.
 */
export function isNetworkFailure(thrown: unknown, online = true): boolean {
  if (!(thrown instanceof TypeError)) return false;
  // The browser knows it is offline: whatever the engine's wording, the fetch failed for it.
  if (!online) return true;
  return NETWORK_MESSAGES.some((pattern) => pattern.test(thrown.message));
}

/** A 4xx body worth showing: the services' user-facing messages are one short sentence. */
function readableMessage(data: unknown): string | null {
  if (typeof data === "string") {
    const text = data.trim();
    // "Not found" and friends say no more than the status does.
    if (!text || text.length > 300 || /^(not found|bad request)$/i.test(text))
      return null;
    return text;
  }
  // An Error is the framework's own (a 405's "You made a POST request…"): not for users.
  if (
    data &&
    typeof data === "object" &&
    !(data instanceof Error) &&
    "message" in data
  )
    return readableMessage((data as { message: unknown }).message);
  return null;
}

const REFUSED_DEFAULTS: Record<number, { title: string; body: string }> = {
  400: {
    title: "That request didn't work",
    body: "Something in it wasn't what we expected. Go back and try again.",
  },
  403: {
    title: "Not allowed",
    body: "Your account can't do that.",
  },
  409: {
    title: "Changed in the meantime",
    body: "Someone changed this while you were working. Reload to see the latest.",
  },
  410: {
    title: "No longer available",
    body: "This was closed or removed.",
  },
  413: {
    title: "Too large",
    body: "That was more than we can accept in one go.",
  },
  429: {
    title: "Too many tries",
    body: "Wait a few minutes, then try again.",
  },
};

export function describeRouteError(
  caught: CaughtError,
  context: { audience: ErrorAudience; online?: boolean },
): RouteErrorPage {
  const candidate = context.audience === "candidate";
  if ("response" in caught) {
    const { status, internal } = caught.response;
    const data = internal ? null : caught.response.data;
    if (status === 404) {
      return {
        kind: "not-found",
        label: "Error 404",
        title: "Page not found",
        body: candidate
          ? "There is nothing at this address. Your work is safe: go back to your assessment."
          : "There is nothing here, or you don't have access to it.",
        retry: false,
      };
    }
    if (status >= 400 && status < 500) {
      const fallback = REFUSED_DEFAULTS[status] ?? {
        title: "That request didn't work",
        body: "We couldn't do what was asked.",
      };
      return {
        kind: "refused",
        label: `Error ${status}`,
        title: fallback.title,
        body: readableMessage(data) ?? fallback.body,
        retry: false,
      };
    }
    return serverError(status, candidate);
  }
  if (isNetworkFailure(caught.thrown, context.online ?? true)) {
    return {
      kind: "network",
      label: "No connection",
      title: "You're offline",
      body: candidate
        ? "This page needs a connection to open. Your work is kept on this device and saves as soon as you're back online; this page opens by itself then."
        : "This page needs a connection to open. Check your connection: it opens by itself as soon as you're back online.",
      retry: true,
    };
  }
  return serverError(500, candidate);
}

function serverError(status: number, candidate: boolean): RouteErrorPage {
  return {
    kind: "server",
    label: `Error ${status}`,
    title: "Something went wrong",
    body: candidate
      ? "An unexpected error happened on our side. Your work is kept on this device until it reaches us; try again in a moment."
      : "An unexpected error happened on our side. Your saved work is safe; try again in a moment.",
    retry: true,
  };
}

import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address as the HTTP server saw it (for sign-in rate limits). */
    clientAddress?: string;
    /** Per-request lookups the loaders of one request share (request-memo.server.ts). */
    memo?: Map<string, Promise<unknown>>;
    /** This page's Content-Security-Policy nonce (scripts/server.js). */
    cspNonce?: string;
  }
}

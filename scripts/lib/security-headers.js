// The security headers every response carries, pages, `.data`, resource routes (the CSV) and
// static files alike: scripts/server.js sets them in production, the Vite plugin in
// vite.config.ts in development. Plain JS because the production server runs it unbuilt.
import { randomBytes } from "node:crypto";

/** A fresh CSP nonce for one page: 128 random bits. */
export function createNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy: only what the app loads.
 * - Scripts: our own bundles, and Remix's and React's inline scripts, which carry the
 *   request's nonce (entry.server.tsx, root.tsx). No other inline script runs.
 * - Styles: our stylesheets, and inline styles, because Monaco writes its theme and
 *   decorations into `<style>` elements it creates without a nonce, and React renders `style`
 *   attributes (the comparison's plot). A nonce would switch 'unsafe-inline' off.
 * - Monaco's worker is a file of our own (`worker-src 'self'`); its font is one too.
 * - Development (Vite's dev server) has no nonce and injects its own inline scripts, CSS and
 *   an HMR WebSocket, so there, and only there, inline scripts, eval and `ws:` are allowed.
 * @param {{ nonce?: string, development?: boolean }} [options]
 */
export function contentSecurityPolicy({ nonce, development = false } = {}) {
  const scripts = ["'self'"];
  if (nonce) scripts.push(`'nonce-${nonce}'`);
  if (development) scripts.push("'unsafe-inline'", "'unsafe-eval'");
  const directives = {
    "default-src": ["'self'"],
    "script-src": scripts,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "worker-src": ["'self'"],
    "connect-src": development ? ["'self'", "ws:"] : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * Every security header, by name. HSTS only when the site is served over HTTPS (Secure
 * cookies on: production unless COOKIE_SECURE=off), since a browser that saw it refuses
 * plain http for a year.
 * @param {{ nonce?: string, development?: boolean, https?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders({
  nonce,
  development = false,
  https = false,
} = {}) {
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, development }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (https)
    headers["Strict-Transport-Security"] =
      "max-age=31536000; includeSubDomains";
  return headers;
}

/**
 * Whether the site is served over HTTPS, read as app/utils/env.server.ts reads COOKIE_SECURE
 * (on in production unless turned off).
 * @param {Record<string, string | undefined>} env
 */
export function servesHttps(env) {
  const value = env.COOKIE_SECURE;
  if (value === undefined || value === "") return env.NODE_ENV === "production";
  return ["on", "true", "1"].includes(value);
}

// The security headers scripts/server.js and the Vite dev server set on every answer.
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  securityHeaders,
  servesHttps,
} from "../../../scripts/lib/security-headers.js";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  it("allows in production only our own scripts and those carrying the page's nonce", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
  });

  it("relaxes scripts and connections for Vite's dev server only", () => {
    const development = directives(
      contentSecurityPolicy({ development: true }),
    );
    expect(development.get("script-src")).toContain("'unsafe-inline'");
    expect(development.get("connect-src")).toContain("ws:");
    const production = contentSecurityPolicy({ nonce: "n" });
    expect(production).not.toContain("unsafe-eval");
    expect(directives(production).get("script-src")).not.toContain(
      "'unsafe-inline'",
    );
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonce = createNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(nonce);
  });
});

describe("the other headers", () => {
  it("pin HTTPS only when the site is served over it", () => {
    expect(
      securityHeaders({ https: true })["Strict-Transport-Security"],
    ).toMatch(/^max-age=31536000/);
    expect(securityHeaders()["Strict-Transport-Security"]).toBeUndefined();
    const headers = securityHeaders();
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("reads HTTPS as COOKIE_SECURE does: on in production unless turned off", () => {
    expect(servesHttps({ NODE_ENV: "production" })).toBe(true);
    expect(
      servesHttps({ NODE_ENV: "production", COOKIE_SECURE: "false" }),
    ).toBe(false);
    expect(servesHttps({ NODE_ENV: "development" })).toBe(false);
    expect(servesHttps({ COOKIE_SECURE: "on" })).toBe(true);
  });
});

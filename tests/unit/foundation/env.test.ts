import { describe, expect, it } from "vitest";
import { parseEnv } from "#app/utils/env.server";

describe("environment validation", () => {
  it("runs with no configuration at all (the zero set-up default)", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("./data/pglite");
    expect(env.DEMO_DATA).toBe(true);
    expect(env.COOKIE_SECURE).toBe(false);
    expect(env.INVITE_TTL_DAYS).toBe(14);
  });

  it("loads the demo sign-ins on the embedded database, but not on a production server", () => {
    expect(parseEnv({ NODE_ENV: "production" }).DEMO_DATA).toBe(true);
    const server = {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://db/lb",
      SESSION_SECRET: "x".repeat(20),
    };
    expect(parseEnv(server).DEMO_DATA).toBe(false);
    expect(parseEnv({ ...server, DEMO_DATA: "on" }).DEMO_DATA).toBe(true);
  });

  it("turns the e2e fixtures on only with a long token and a database in memory", () => {
    expect(parseEnv({}).E2E_FIXTURES_TOKEN).toBeUndefined();
    const token = "t".repeat(32);
    expect(
      parseEnv({
        NODE_ENV: "production",
        DATABASE_URL: "memory",
        E2E_FIXTURES_TOKEN: token,
      }).E2E_FIXTURES_TOKEN,
    ).toBe(token);
    expect(() =>
      parseEnv({ DATABASE_URL: "memory", E2E_FIXTURES_TOKEN: "short" }),
    ).toThrowError(/E2E_FIXTURES_TOKEN: must be at least 32/);
    for (const DATABASE_URL of [
      "postgresql://db/leadbench",
      "./data/pglite",
      undefined,
    ])
      expect(() =>
        parseEnv({
          NODE_ENV: "production",
          SESSION_SECRET: "x".repeat(20),
          DATABASE_URL,
          E2E_FIXTURES_TOKEN: token,
        }),
      ).toThrowError(/E2E_FIXTURES_TOKEN: is for the e2e tests only/);
  });

  it("secures cookies in production unless told otherwise", () => {
    expect(parseEnv({ NODE_ENV: "production" }).COOKIE_SECURE).toBe(true);
    expect(
      parseEnv({ NODE_ENV: "production", COOKIE_SECURE: "false" })
        .COOKIE_SECURE,
    ).toBe(false);
  });

  it("names every invalid variable", () => {
    expect(() =>
      parseEnv({
        INVITE_TTL_DAYS: "0",
        SMTP_URL: "not a url",
        DEMO_DATA: "maybe",
      }),
    ).toThrowError(
      /INVITE_TTL_DAYS[\s\S]*SMTP_URL|SMTP_URL[\s\S]*INVITE_TTL_DAYS/,
    );
    expect(() => parseEnv({ DEMO_DATA: "maybe" })).toThrowError(/DEMO_DATA/);
  });

  it("requires a session secret in production with a PostgreSQL server", () => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://db/leadbench",
      }),
    ).toThrowError(/SESSION_SECRET: is required/);
    expect(
      parseEnv({
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://db/leadbench",
        SESSION_SECRET: "a-long-enough-secret",
      }).SESSION_SECRET,
    ).toBe("a-long-enough-secret");
    expect(() => parseEnv({ SESSION_SECRET: "short" })).toThrowError(
      /SESSION_SECRET: must be at least 16/,
    );
  });
});

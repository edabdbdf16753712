// Environment variables, validated once at start-up: a bad value stops the server with a
// message naming the variable, instead of failing later on a request.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

const DEVELOPMENT_SECRET = "leadbench-development-secret-not-for-production";

const flag = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((value) => value === "on" || value === "true" || value === "1");

export const envSchema = z
  .object({
    NODE_ENV: z
      .enum(["development", "production", "test"])
      .default("development"),
    DATABASE_URL: z.string().trim().min(1).default(DEFAULT_DATABASE_URL),
    SESSION_SECRET: z
      .string()
      .min(16, "must be at least 16 characters")
      .optional(),
    COOKIE_SECURE: flag.optional(),
    DEMO_DATA: flag.optional(),
    TRUST_PROXY: flag.default(false),
    PGLITE_FSYNC: flag.default(true),
    APP_URL: z.url().optional(),
    SMTP_URL: z.url().optional(),
    SMTP_FROM: z.string().default("Leadbench <no-reply@leadbench.local>"),
    INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    // A staff session unused this long ends, within its SESSION_TTL_DAYS (ADR 002).
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(90 * 24 * 60)
      .default(240),
    // Staff single sign-on through an OpenID Connect provider (app/services/sso.server.ts).
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Comma-separated email domains whose people may sign in with SSO; empty: any. */
    OIDC_ALLOWED_DOMAINS: z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
          .filter(Boolean),
      ),
    /** The role of someone new signing in with SSO, or `invited`: only existing staff. */
    OIDC_DEFAULT_ROLE: z
      .enum(["invited", "PANELIST", "HIRING_MANAGER"])
      .default("invited"),
    PASSWORD_SIGNIN: flag.default(true),
    // Set by playwright.config.ts only: turns on /e2e-fixtures, which makes users with known
    // passwords and sessions for the e2e tests, and is the key those tests send
    // (docs/decisions/008-e2e-tests-make-their-own-data.md).
    E2E_FIXTURES_TOKEN: z
      .string()
      .min(32, "must be at least 32 characters")
      .optional(),
  })
  .transform((env, context) => {
    const production = env.NODE_ENV === "production";
    const usesServer = /^postgres(ql)?:\/\//i.test(env.DATABASE_URL);
    if (production && usesServer && !env.SESSION_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "is required in production with a PostgreSQL server",
      });
    }
    // Whoever holds the token can make an admin: only on a database that dies with the
    // process, never on a server's data.
    if (env.E2E_FIXTURES_TOKEN && env.DATABASE_URL !== "memory") {
      context.addIssue({
        code: "custom",
        path: ["E2E_FIXTURES_TOKEN"],
        message:
          "is for the e2e tests only and needs DATABASE_URL=memory (it creates staff with known passwords)",
      });
    }
    const oidcParts = [
      env.OIDC_ISSUER,
      env.OIDC_CLIENT_ID,
      env.OIDC_CLIENT_SECRET,
    ];
    if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
      context.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message:
          "single sign-on needs all three of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
      });
    }
    // Anyone with an account at the provider would become staff: say whose domain counts.
    if (
      env.OIDC_DEFAULT_ROLE !== "invited" &&
      env.OIDC_ALLOWED_DOMAINS.length === 0
    ) {
      context.addIssue({
        code: "custom",
        path: ["OIDC_ALLOWED_DOMAINS"],
        message: "is required when OIDC_DEFAULT_ROLE adds new staff",
      });
    }
    if (!env.PASSWORD_SIGNIN && !env.OIDC_ISSUER) {
      context.addIssue({
        code: "custom",
        path: ["PASSWORD_SIGNIN"],
        message: "can be off only with single sign-on configured (OIDC_ISSUER)",
      });
    }
    return {
      ...env,
      // The demo's public sign-ins are for trying Leadbench on the embedded database; a
      // production PostgreSQL gets them only when asked for explicitly.
      DEMO_DATA: env.DEMO_DATA ?? !(production && usesServer),
      SESSION_SECRET: env.SESSION_SECRET ?? DEVELOPMENT_SECRET,
      COOKIE_SECURE: env.COOKIE_SECURE ?? production,
    };
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

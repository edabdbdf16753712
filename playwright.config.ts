// End-to-end tests: the production build (`node scripts/start.js`) on a fresh in-memory
// PGlite, driven by Debian's Chromium. Each test makes its own data through /e2e-fixtures
// (no demo data), so tests run in parallel. Run through `npm run test:e2e`
// (scripts/e2e.js builds first and finds Chromium); `npx playwright test` works too once
// build/ exists. Never `npx playwright install`: its download host is unreachable here.
import { randomBytes } from "node:crypto";
import {
  defineConfig,
  devices,
  type ReporterDescription,
} from "@playwright/test";
import { chromiumLaunchArgs, findChromium } from "./scripts/lib/chromium.js";
import { TEST_CLIENT } from "./tests/support/oidc-test-client.js";

const CI = Boolean(process.env.CI);
const PORT = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://localhost:${PORT}`;
// The test OpenID provider staff sign in through (tests/support/oidc-provider.js).
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 1000);
const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
// The SMTP sink the server sends to (scripts/lib/smtp-sink.js), and its mailbox the tests read;
// ports derived from PORT so that two runs on one machine do not meet.
const SMTP_PORT = PORT + 20_000;
const MAILBOX_PORT = PORT + 21_000;
process.env.E2E_MAILBOX_URL ??= `http://127.0.0.1:${MAILBOX_PORT}/messages`;

// Set it on process.env so the workers Playwright forks inherit the answer instead of looking
// again. findChromium() installs Debian's package only as root on Debian, else explains.
process.env.CHROMIUM_PATH ??= findChromium();
// The key to the server's fixture endpoint, new for every run: the server below gets it, and
// so do the workers (tests/e2e/fixtures.ts). No server started without it has the endpoint.
process.env.E2E_FIXTURES_TOKEN ??= randomBytes(32).toString("hex");

const reporter: ReporterDescription[] = [["list"], ["html", { open: "never" }]];
// scripts/test.js asks for a JSON report to count the tests across runners.
if (process.env.E2E_JSON_REPORT) {
  reporter.push(["json", { outputFile: process.env.E2E_JSON_REPORT }]);
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // No retries: a retry that passes hides a flaky test, and flakiness is a bug to fix.
  retries: 0,
  forbidOnly: CI,
  // Two workers on CI too: every test makes its own data, so none waits for another's. A file
  // whose tests tell one story in order says so (`test.describe.configure({ mode: "serial" })`).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter,
  use: {
    baseURL,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH,
          args: chromiumLaunchArgs,
        },
      },
    },
  ],
  webServer: [
    {
      command: `node tests/support/oidc-provider.js ${OIDC_PORT} ${baseURL}/auth/oidc/callback`,
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `node scripts/lib/smtp-sink.js ${SMTP_PORT} ${MAILBOX_PORT}`,
      url: `http://127.0.0.1:${MAILBOX_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: "node scripts/start.js",
      // /readyz answers 200 only once the database is open and migrated.
      url: `${baseURL}/readyz`,
      // Never another server: it would have other data and not this run's fixture key.
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      env: {
        ...(process.env as Record<string, string>),
        PORT: String(PORT),
        DATABASE_URL: "memory",
        // The tests make their own data; the demo data set is for people trying Leadbench.
        DEMO_DATA: "off",
        NODE_ENV: "production",
        // Plain http on localhost: a Secure cookie would still be kept by Chromium, but say so.
        COOKIE_SECURE: "false",
        OIDC_ISSUER,
        OIDC_CLIENT_ID: TEST_CLIENT.clientId,
        OIDC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
        // The factory's staff.
        OIDC_ALLOWED_DOMAINS: "leadbench.test",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      },
    },
  ],
});

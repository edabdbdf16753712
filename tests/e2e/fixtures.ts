// The e2e test API: Playwright's `test` with a factory that makes each test's own data on
// the server (through /e2e-fixtures, from the seed factories), a login that starts a session
// directly, sign-in through the form, an accessibility check, and a guard that fails any test
// whose page logs an unexpected console error or throws.
// Import { test, expect } from here, not from @playwright/test.
import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  expect,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import type { Role } from "#app/domain/roles";
import type {
  createCandidateFixture,
  createDemoOpeningFixture,
  createOpeningFixture,
  StaffAccount,
} from "#app/services/e2e-fixtures.server";

export { expect };
export type { StaffAccount };

type Made<T extends (...args: never[]) => unknown> = Awaited<ReturnType<T>>;

/**
 * Makes records for one test on the server under test, so no test depends on another's data
 * or on the demo's. Every staff account it makes signs in with `account.password`.
 */
export type Factory = {
  baseURL: string;
  staff(input: { role: Role; name?: string }): Promise<StaffAccount>;
  /** An opening, with a hiring manager of its own unless one is given. */
  opening(input?: {
    title?: string;
    hiringManagerId?: string;
  }): Promise<Made<typeof createOpeningFixture>>;
  /** A candidate and their invite link (`link`, a path), on an opening of their own unless given. */
  candidate(input?: {
    openingId?: string;
    openingTitle?: string;
    name?: string;
  }): Promise<Made<typeof createCandidateFixture>>;
  /** A copy of the demo opening (candidates at every stage, scorecards) with its own staff. */
  demoOpening(): Promise<Made<typeof createDemoOpeningFixture>>;
  /** A session cookie for the user, made as a real sign-in makes it. */
  session(userId: string): Promise<{ name: string; value: string }>;
};

function makeFactory(
  api: APIRequestContext,
  baseURL: string,
  workerIndex: number,
): Factory {
  let made = 0;
  async function make<T>(body: Record<string, unknown>): Promise<T> {
    const response = await api.post("/e2e-fixtures", { data: body });
    if (!response.ok())
      throw new Error(
        `POST /e2e-fixtures ${JSON.stringify(body)} answered ${response.status()}: ${await response.text()}` +
          (response.status() === 404
            ? " (is the server the one playwright.config.ts started, with E2E_FIXTURES_TOKEN?)"
            : ""),
      );
    return (await response.json()) as T;
  }
  return {
    baseURL,
    staff: (input) => make({ kind: "staff", ...input }),
    opening: (input = {}) => make({ kind: "opening", ...input }),
    candidate: (input = {}) => make({ kind: "candidate", ...input }),
    demoOpening: () =>
      make({
        kind: "demo-opening",
        tag: `w${workerIndex}-${(made++).toString(36)}-${Date.now().toString(36)}`,
      }),
    session: (userId) => make({ kind: "session", userId }),
  };
}

/**
 * Signs the page in as `user` with a session made directly (no form, no password hashing),
 * then opens "/", which sends them to their home. Use it for a second browser context too.
 */
export async function logIn(
  page: Page,
  factory: Factory,
  user: StaffAccount,
): Promise<void> {
  const cookie = await factory.session(user.id);
  await page.context().addCookies([{ ...cookie, url: factory.baseURL }]);
  await page.goto("/");
}

/**
 * Signs in through the real /login form, the way a person does, and waits until the app has
 * moved on from /login. Use it directly for a second browser context (two people at once).
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page,
    `signing in as ${email} should leave /login`,
  ).not.toHaveURL(/\/login(?:[?#]|$)/);
}

export type A11yOptions = {
  /** CSS selectors to leave out (third-party widgets such as Monaco's internals). */
  exclude?: string[];
  /** axe rule ids to skip, each with a reason in the calling test. */
  disableRules?: string[];
};

/**
 * Runs axe (WCAG 2.0–2.2 A/AA rules) on the page as it is now and fails on serious or
 * critical violations, listing each rule with the elements it found.
 */
export async function expectNoA11yViolations(
  page: Page,
  options: A11yOptions = {},
) {
  let builder = new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
  ]);
  for (const selector of options.exclude ?? [])
    builder = builder.exclude(selector);
  if (options.disableRules?.length)
    builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const blocking = violations.filter(
    (violation) =>
      violation.impact === "serious" || violation.impact === "critical",
  );
  const report = blocking
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 5)
        .map(
          (node) =>
            `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`,
        )
        .join("\n");
      const more =
        violation.nodes.length > 5
          ? `\n    …and ${violation.nodes.length - 5} more`
          : "";
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets}${more}`;
    })
    .join("\n");
  // Compare rule ids, not axe's objects: the message has the details, and a deep diff of the
  // raw results would bury it under hundreds of lines.
  expect(
    blocking.map((violation) => violation.id),
    `Accessibility violations on ${page.url()}:\n${report}`,
  ).toEqual([]);
}

type Fixtures = {
  /**
   * Console errors and page errors that a test expects (a rejected form, a 404 page's
   * resource error). Set per file or describe: `test.use({ allowedConsoleErrors: [/404/] })`.
   */
  allowedConsoleErrors: (string | RegExp)[];
  /**
   * Signs the page in with a session made directly: as `user`, or as a new staff member of
   * that role. Returns who is signed in.
   */
  login: (who: StaffAccount | Role) => Promise<StaffAccount>;
  /** Signs the page in by email and password, through the form. */
  signIn: (email: string, password: string) => Promise<void>;
};

type WorkerFixtures = {
  /** This worker's factory: usable in `beforeAll` for a file's shared story. */
  factory: Factory;
};

function isAllowed(message: string, allowed: (string | RegExp)[]): boolean {
  return allowed.some((pattern) =>
    typeof pattern === "string"
      ? message.includes(pattern)
      : pattern.test(message),
  );
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  factory: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const token = process.env.E2E_FIXTURES_TOKEN;
      if (!baseURL || !token)
        throw new Error(
          "Run the e2e tests through playwright.config.ts: it sets baseURL and E2E_FIXTURES_TOKEN.",
        );
      const api = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { "x-e2e-fixtures-token": token },
      });
      await use(makeFactory(api, baseURL, workerInfo.workerIndex));
      await api.dispose();
    },
    { scope: "worker" },
  ],

  allowedConsoleErrors: [[], { option: true }],

  // Wraps the built-in page: collects errors while the test runs and fails it at the end,
  // so one test's broken hydration or uncaught exception cannot pass unnoticed.
  page: async ({ page, allowedConsoleErrors: allowed }, use) => {
    // Remix's single fetch logs this when a navigation's data request is cancelled by a newer
    // navigation (@remix-run/react single-fetch.js): the user sees the newer page, nothing
    // failed. A test that clicks faster than the machine loads meets it now and then.
    const allowedConsoleErrors = [
      ...allowed,
      /^console\.error: AbortError: signal is aborted without reason/,
    ];
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const location = message.location();
      const text = `console.error: ${message.text()}${location.url ? ` (${location.url})` : ""}`;
      if (!isAllowed(text, allowedConsoleErrors)) errors.push(text);
    });
    page.on("pageerror", (error) => {
      const text = `pageerror: ${error.stack ?? error.message}`;
      if (!isAllowed(text, allowedConsoleErrors)) errors.push(text);
    });
    // Anything the Content-Security-Policy blocks, including what Chromium does not log.
    await page.exposeBinding(
      "__reportCspViolation",
      (_source, text: string) => {
        if (!isAllowed(text, allowedConsoleErrors)) errors.push(text);
      },
    );
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as Record<string, unknown>)
          .__reportCspViolation as (text: string) => void;
        report(
          `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    await use(page);
    expect(
      errors,
      `Unexpected errors in the page:\n${errors.join("\n")}`,
    ).toEqual([]);
  },

  signIn: async ({ page }, use) => {
    await use((email, password) => signIn(page, email, password));
  },

  login: async ({ page, factory }, use) => {
    await use(async (who) => {
      const user =
        typeof who === "string" ? await factory.staff({ role: who }) : who;
      await logIn(page, factory, user);
      return user;
    });
  },
});

// The e2e test API: Playwright's `test` with sign-in helpers, an accessibility check and a
// guard that fails any test whose page logs an unexpected console error or throws.
// Import { test, expect } from here, not from @playwright/test.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export const DEMO_PASSWORD = "leadbench-demo";

/** The demo data set's sign-ins (seed/demo), by role. */
export const DEMO_USERS = {
  admin: "admin@leadbench.test",
  manager: "manager@leadbench.test",
  panelist: "priya@leadbench.test",
  priya: "priya@leadbench.test",
  marco: "marco@leadbench.test",
  sam: "sam@leadbench.test",
} as const;

export type DemoRole = keyof typeof DEMO_USERS;

/**
 * Signs in through the real /login form, the way a person does, and waits until the app has
 * moved on from /login. Use it directly for a second browser context (two people at once).
 */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
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
  /** Signs the page in as a demo user, through the form. */
  login: (role: DemoRole) => Promise<void>;
  /** Signs the page in by email, through the form. */
  signIn: (email: string, password?: string) => Promise<void>;
};

function isAllowed(message: string, allowed: (string | RegExp)[]): boolean {
  return allowed.some((pattern) =>
    typeof pattern === "string"
      ? message.includes(pattern)
      : pattern.test(message),
  );
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  // Wraps the built-in page: collects errors while the test runs and fails it at the end,
  // so one test's broken hydration or uncaught exception cannot pass unnoticed.
  page: async ({ page, allowedConsoleErrors }, use) => {
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
    await use(page);
    expect(
      errors,
      `Unexpected errors in the page:\n${errors.join("\n")}`,
    ).toEqual([]);
  },

  signIn: async ({ page }, use) => {
    await use((email, password) => signIn(page, email, password));
  },

  login: async ({ page }, use) => {
    await use((role) => signIn(page, DEMO_USERS[role]));
  },
});

// The security headers through the real server (scripts/server.js): every kind of answer
// carries them, the CSP holds Remix's scripts to this page's nonce and blocks any other inline
// script, and every page of the candidate's journey and the staff's, the Monaco editors
// included, runs under it without a console error or CSP violation (the fixture's page guard
// fails the test on either).
import type { APIResponse, Page } from "@playwright/test";
import { expect, logIn, test } from "./fixtures";

const OPENING = "Tech Lead, Payments Platform";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], what).toContain(
    "default-src 'self'",
  );
  expect(headers["content-security-policy"], what).toContain(
    "frame-ancestors 'none'",
  );
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // The e2e server is plain http (COOKIE_SECURE=false): no HSTS, which would pin https.
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

/** Opens a page and waits until it has loaded everything it asks for. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
}

test("documents, .data, static files, the CSV and refusals all carry the headers", async ({
  page,
  request,
  factory,
}) => {
  const document = await request.get("/login");
  expectSecurityHeaders(document, "a page");
  // Every inline script carries the nonce this answer's policy names, and only that one.
  const nonce = /'nonce-([^']+)'/.exec(
    document.headers()["content-security-policy"] ?? "",
  )?.[1];
  expect(nonce).toBeTruthy();
  const scripts = [...(await document.text()).matchAll(/<script\b[^>]*>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag] of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A fresh nonce per page.
  const again = await request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  expectSecurityHeaders(await request.get("/login.data"), "a .data request");
  expectSecurityHeaders(await request.get("/favicon.svg"), "a static file");
  expectSecurityHeaders(
    await request.get("/assets/no-such-file.js"),
    "a missing asset",
  );
  expectSecurityHeaders(
    await request.post("/login", {
      headers: { Origin: "https://evil.example" },
      form: { email: "a@example.test", password: "x" },
    }),
    "a refused cross-origin post",
  );
  expectSecurityHeaders(await request.get("/healthz"), "a resource route");

  const demo = await factory.demoOpening();
  await logIn(page, factory, demo.staff.manager);
  const csv = await page.request.get(
    `/admin/openings/${demo.opening.id}/comparison.csv`,
  );
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expectSecurityHeaders(csv, "the comparison CSV");
});

test.describe("an inline script without the nonce", () => {
  // The point of this test: the violation it provokes is expected.
  test.use({
    allowedConsoleErrors: [
      /CSP violation: script-src-elem blocked inline|Executing inline script violates/,
    ],
  });

  test("does not run", async ({ page }) => {
    await visit(page, "/login");
    const violation = page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.addEventListener("securitypolicyviolation", (event) =>
            resolve(event.effectiveDirective),
          ),
        ),
    );
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.injected = 'ran'";
      document.body.append(script);
    });
    expect(await violation).toBe("script-src-elem");
    expect(
      await page.evaluate(() => document.body.dataset.injected ?? null),
    ).toBeNull();
  });
});

test("the candidate's journey runs under the CSP, the code review's editor and worker included", async ({
  page,
  factory,
}) => {
  test.setTimeout(90_000);
  const { link } = await factory.candidate({ openingTitle: OPENING });
  await visit(page, link);
  await expect(page).toHaveURL(/\/assessment$/);
  await page.getByLabel(/I have read the policy/).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assessment\/questions\/[a-z0-9-]+$/);
  await page.waitForLoadState("networkidle");
  await visit(page, "/assessment/questions");

  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await visit(page, "/assessment/review");
  // Monaco renders the diff, which its worker computes, and loads its icon font.
  await expect(page.locator(".monaco-diff-editor")).toBeVisible();
  await expect(
    page.locator(".monaco-diff-editor .line-insert").first(),
  ).toBeVisible({ timeout: 15_000 });
  expect(workers.some((url) => /\/assets\/editor\.worker-/.test(url))).toBe(
    true,
  );
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.fonts].some(
          (font) => font.family.includes("codicon") && font.status === "loaded",
        ),
      ),
    )
    .toBe(true);

  await visit(page, "/assessment/submit");
  await expect(
    page.getByRole("heading", { level: 1, name: "Review and submit" }),
  ).toBeVisible();
});

test("every staff page runs under the CSP: admin, hiring manager and panelist", async ({
  page,
  factory,
}) => {
  test.setTimeout(120_000);
  const demo = await factory.demoOpening();

  await logIn(page, factory, demo.staff.admin);
  await visit(page, "/admin");
  await visit(page, "/admin/staff");
  await visit(page, "/admin/openings/new");
  const openingPath = `/admin/openings/${demo.opening.id}`;
  await visit(page, openingPath);
  await visit(page, `${openingPath}/edit`);
  await visit(page, `${openingPath}/comparison`);
  await page
    .getByRole("link", { name: "Read the submission of Quinn Alvarez" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Submission: / }),
  ).toBeVisible();
  await expect(page.locator(".monaco-editor").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await visit(page, `${openingPath}/comparison`);
  await page.getByRole("link", { name: "Debrief for Avery Patel" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Debrief: / }),
  ).toBeVisible();
  await page.waitForLoadState("networkidle");

  await page.context().clearCookies();
  await logIn(page, factory, demo.staff.manager);
  await page.waitForLoadState("networkidle");
  await visit(page, `${openingPath}/comparison`);

  await page.context().clearCookies();
  await logIn(page, factory, demo.staff.priya);
  await visit(page, "/panel");
  await page
    .getByRole("row")
    .filter({ hasText: "To score" })
    .getByRole("link")
    .click();
  await expect(page.locator(".monaco-diff-editor")).toBeVisible();
  await page.waitForLoadState("networkidle");

  await page.context().clearCookies();
  await visit(page, "/login");
});

// Staff single sign-on in Chromium, through the real OpenID provider playwright.config.ts
// starts (tests/support/oidc-provider.js, invited staff only): each role lands on its home,
// and someone nobody invited is told so on the sign-in page.
import { expect, expectNoA11yViolations, test } from "./fixtures";
import type { Page } from "@playwright/test";

// The provider's development pages ask for a web font from the internet and a favicon it does
// not have: its own errors, not ours.
test.use({
  allowedConsoleErrors: [
    /fonts\.googleapis\.com|127\.0\.0\.1:\d+\/favicon\.ico/,
  ],
});

async function signInWithSso(page: Page, email: string) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Sign in with single sign-on" }).click();
  // The provider's own sign-in form.
  await page.getByPlaceholder("Enter any login").fill(email);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a panelist signs in with SSO and lands on the panel", async ({
  page,
  factory,
}) => {
  const panelist = await factory.staff({ role: "PANELIST" });
  await page.goto("/login");
  await expectNoA11yViolations(page);
  await signInWithSso(page, panelist.email);
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("an admin and a hiring manager land on the admin home", async ({
  page,
  factory,
}) => {
  for (const role of ["ADMIN", "HIRING_MANAGER"] as const) {
    const member = await factory.staff({ role });
    await page.context().clearCookies();
    await signInWithSso(page, member.email);
    await expect(page, role).toHaveURL(/\/admin$/);
  }
});

test("SSO brings you back to the page that asked", async ({
  page,
  factory,
}) => {
  const admin = await factory.staff({ role: "ADMIN" });
  await page.goto("/admin/staff");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Fstaff$/);
  await page.getByRole("link", { name: "Sign in with single sign-on" }).click();
  await page.getByPlaceholder("Enter any login").fill(admin.email);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Staff" }),
  ).toBeVisible();
});

test("someone nobody invited is told to ask an admin", async ({ page }) => {
  await signInWithSso(page, `stranger-${Date.now()}@leadbench.test`);
  await expect(page).toHaveURL(/\/login\?sso=not-invited$/);
  await expect(page.getByRole("alert")).toHaveText(
    "There is no Leadbench account for your email. Ask an admin to add you.",
  );
});

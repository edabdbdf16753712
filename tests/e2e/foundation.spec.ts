// The foundation's user journeys: every role signs in and lands home, an admin sets up an
// opening and invites a candidate, and a signed-out visitor is sent to sign in and back.
// Every test signs in as staff made for it alone.
import { expect, expectNoA11yViolations, signIn, test } from "./fixtures";

// Refused forms answer 400 (as an API would), and Chromium logs each as a failed resource.
test.use({ allowedConsoleErrors: [/status of 400 \(Bad Request\)/] });

test.describe("signing in", () => {
  for (const [role, label, home, heading] of [
    ["ADMIN", "admin", "/admin", "All openings"],
    ["HIRING_MANAGER", "hiring manager", "/admin", "Your openings"],
    ["PANELIST", "panelist", "/panel", "Candidates to score"],
  ] as const) {
    test(`a ${label} signs in and lands on their home`, async ({
      page,
      factory,
    }) => {
      const user = await factory.staff({ role });
      await signIn(page, user.email, user.password);
      await expect(page).toHaveURL(home);
      await expect(
        page.getByRole("heading", { level: 1, name: heading }),
      ).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }

  test("a wrong password is refused and the email stays in the form", async ({
    page,
    factory,
  }) => {
    const admin = await factory.staff({ role: "ADMIN" });
    await page.goto("/login");
    await expectNoA11yViolations(page);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText(
      "don't match an active account",
    );
    await expect(page.getByLabel("Email")).toHaveValue(admin.email);
  });

  test("a signed-out visitor to a staff page is sent to sign in, then back", async ({
    page,
    factory,
  }) => {
    const admin = await factory.staff({ role: "ADMIN" });
    await page.goto("/admin/staff");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Fstaff/);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/admin/staff");
    await expect(
      page.getByRole("heading", { level: 1, name: "Staff" }),
    ).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("signing out ends the session", async ({ page, factory }) => {
    const manager = await factory.staff({ role: "HIRING_MANAGER" });
    await signIn(page, manager.email, manager.password);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL("/login");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });
});

test("an admin creates an opening, adds a candidate and invites them", async ({
  page,
  browser,
  login,
}) => {
  await login("ADMIN");
  await page.getByRole("link", { name: "New opening" }).click();
  await expectNoA11yViolations(page);

  // A mistake is explained next to its field, and nothing typed is lost.
  await page.getByLabel("Title").fill("SE");
  await page.getByLabel("Team size").fill("4");
  await page.getByLabel("Seniority mix").fill("3 senior, 1 junior");
  await page
    .getByLabel("Main technical challenge")
    .fill("Move the nightly batch to streaming without losing data.");
  await page.getByRole("button", { name: "Create opening" }).click();
  await expect(
    page.getByText("Give the opening a title of at least 3 characters."),
  ).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByLabel("Seniority mix")).toHaveValue(
    "3 senior, 1 junior",
  );
  await expect(page.getByLabel("Main technical challenge")).toHaveValue(
    "Move the nightly batch to streaming without losing data.",
  );

  await page.getByLabel("Title").fill("Staff engineer, data platform");
  await page.getByLabel("Target level").selectOption("TL6");
  await page.getByRole("button", { name: "Create opening" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Staff engineer, data platform",
    }),
  ).toBeVisible();
  await expect(page.getByText("TL6 · shapes several teams")).toBeVisible();

  await page.getByLabel("Name").fill("Noor Haddad");
  await page
    .getByLabel("Email", { exact: true })
    .fill("noor.haddad@example.com");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByRole("status")).toContainText("Added Noor Haddad");
  await expect(
    page.getByRole("cell", { name: "Noor Haddad noor.haddad@example.com" }),
  ).toBeVisible();

  await page
    .getByRole("button", { name: "Issue invite link for Noor Haddad" })
    .click();
  // The banner names whose link it is.
  await expect(page.getByRole("status")).toContainText("Noor Haddad (C-");
  const link = page.getByLabel("Invite link", { exact: true });
  await expect(link).toHaveValue(/\/a\/[A-Za-z0-9_-]{43}$/);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(await link.inputValue());
  await expectNoA11yViolations(page);

  // The candidate opens the link in a browser of their own.
  const candidateContext = await browser.newContext();
  const candidatePage = await candidateContext.newPage();
  await candidatePage.goto(url);
  await expect(candidatePage).toHaveURL(/\/assessment$/);
  await expect(
    candidatePage.getByRole("heading", {
      level: 1,
      name: "Welcome, Noor Haddad",
    }),
  ).toBeVisible();
  await expect(
    candidatePage.getByText("Staff engineer, data platform").first(),
  ).toBeVisible();
  await expectNoA11yViolations(candidatePage);

  // Revoking asks first, saying the link stops working; Esc keeps it, and focus returns.
  const revoke = page.getByRole("button", {
    name: "Revoke invite link for Noor Haddad",
  });
  await revoke.click();
  const ask = page.getByRole("dialog", { name: "Revoke Noor Haddad's link?" });
  await expect(ask).toContainText("stops working at once");
  await expectNoA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(revoke).toBeFocused();
  await expect(page.getByText("Active, expires")).toBeVisible();
  // Confirmed, it locks the candidate out with a neutral page.
  await revoke.click();
  await ask.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByRole("status")).toContainText("Invitation revoked");
  await candidatePage.goto(url);
  await expect(
    candidatePage.getByRole("heading", { name: "This link can't be used" }),
  ).toBeVisible();
  await candidateContext.close();

  // A new link is a new banner: "Copied" was about the old one.
  await page
    .getByRole("button", { name: "Re-issue invite link for Noor Haddad" })
    .click();
  await expect(page.getByLabel("Invite link", { exact: true })).not.toHaveValue(
    url,
  );
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByLabel("Invite link", { exact: true })).toBeHidden();
});

test("an unknown invite link shows a neutral page", async ({ page }) => {
  await page.goto("/a/this-token-was-never-issued-by-anyone-at-all");
  await expect(
    page.getByRole("heading", { name: "This link can't be used" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
});

test("an admin pastes a list: the good lines are added, the others stay in the box with their reasons", async ({
  page,
  factory,
  login,
}) => {
  const opening = await factory.opening();
  await login("ADMIN");
  await page.getByRole("link", { name: opening.title }).click();
  const csv = page.getByLabel("Candidates as CSV");
  await csv.fill(
    [
      "Ines Duarte,ines@example.com",
      "broken line without email",
      "Omar Said,omar@example.com",
      "Omar Again,omar@example.com",
    ].join("\n"),
  );
  await page.getByRole("button", { name: "Import list" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Added 2 candidates: Ines Duarte (C-",
  );
  await expect(page.getByRole("status")).toContainText(
    "2 lines could not be added",
  );
  // Only the two bad lines are left, numbered as they now stand in the box.
  await expect(csv).toHaveValue(
    "broken line without email\nOmar Again,omar@example.com",
  );
  await expect(
    page.getByText('Line 1: "" is not an email address.'),
  ).toBeVisible();
  await expect(
    page.getByText("Line 2: omar@example.com appears twice in the list."),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", { name: "Omar Said omar@example.com" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  // Corrected, the rest goes in and the box is empty.
  await csv.fill("Nadia Broken,nadia@example.com");
  await page.getByRole("button", { name: "Import list" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Added 1 candidate: Nadia Broken",
  );
  await expect(csv).toHaveValue("");
});

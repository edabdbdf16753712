// Forms validate in the browser with the schema their action uses, keep what was typed, and
// each form on a page with several acts alone: the staff page's rows and its add form, and
// an opening's panel checkboxes.
import { expect, expectNoA11yViolations, test } from "./fixtures";

test.use({ allowedConsoleErrors: [/status of 400 \(Bad Request\)/] });

test("an admin adds a staff member, changes their role and deactivates and reactivates them", async ({
  page,
  login,
}) => {
  await login("ADMIN");
  await page.goto("/admin/staff");
  const add = page.locator("form", {
    has: page.getByRole("heading", { name: "Add a staff member" }),
  });
  await add.getByLabel("Name").fill("Dana Okafor");
  await add.getByLabel("Email").fill("not an email");
  await add.getByLabel("Initial password").fill("short");
  await add.getByRole("button", { name: "Add staff member" }).click();
  // Refused in the browser, next to each field, and nothing typed is lost.
  await expect(add.getByText("Enter a valid email address.")).toBeVisible();
  await expect(add.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(add.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Name")).toHaveValue("Dana Okafor");
  await expectNoA11yViolations(page);

  await add.getByLabel("Email").fill("dana.okafor@example.com");
  await add.getByLabel("Initial password").fill("a long enough password");
  await add.getByRole("button", { name: "Add staff member" }).click();
  await expect(page.getByRole("status")).toHaveText("Added Dana Okafor.");
  await expect(add.getByLabel("Name")).toHaveValue("");

  // Someone already uses the email: the server says so at the field.
  await add.getByLabel("Name").fill("Dana Again");
  await add.getByLabel("Email").fill("dana.okafor@example.com");
  await add.getByLabel("Initial password").fill("a long enough password");
  await add.getByRole("button", { name: "Add staff member" }).click();
  await expect(add.getByText("Someone already uses this email.")).toBeVisible();
  await expect(add.getByLabel("Name")).toHaveValue("Dana Again");

  await page
    .getByRole("combobox", { name: "Role of Dana Okafor" })
    .selectOption("HIRING_MANAGER");
  await page.getByRole("button", { name: "Save role of Dana Okafor" }).click();
  await expect(page.getByRole("status")).toHaveText("Role changed.");

  await page.getByRole("button", { name: "Deactivate Dana Okafor" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Account deactivated and signed out.",
  );
  await page.getByRole("button", { name: "Reactivate Dana Okafor" }).click();
  await expect(page.getByRole("status")).toHaveText("Account reactivated.");
  await expect(
    page.getByRole("button", { name: "Deactivate Dana Okafor" }),
  ).toBeVisible();
});

test("a hiring manager saves a candidate's panel, and it stays saved", async ({
  page,
  login,
  factory,
}) => {
  const demo = await factory.demoOpening();
  // An admin sees every test's openings: go straight to this test's own.
  await login(demo.staff.admin);
  await page.goto(`/admin/openings/${demo.opening.id}`);
  const panel = page.getByRole("group", { name: /^Panel for / }).first();
  const boxes = panel.getByRole("checkbox");
  const first = boxes.first();
  const was = await first.isChecked();
  await first.setChecked(!was);
  await page
    .getByRole("button", { name: /^Save panel for / })
    .first()
    .click();
  await expect(page.getByRole("status")).toHaveText("Panel saved.");
  await page.reload();
  await expect(
    page
      .getByRole("group", { name: /^Panel for / })
      .first()
      .getByRole("checkbox")
      .first(),
  ).toBeChecked({ checked: !was });
});

test("one click on a form's button shows every problem, even as the last field loses focus", async ({
  page,
  factory,
  login,
}) => {
  const demo = await factory.demoOpening();
  await login("ADMIN");
  await page.goto(`/admin/openings/${demo.opening.id}`);
  const add = page.locator("form", {
    has: page.getByRole("heading", { name: "Add a candidate" }),
  });
  // Leaving the email field for the button must not move the button under the pointer
  // (an error shown on blur did, and the click was lost).
  await add.getByLabel("Email").fill("not-an-email");
  await add.getByRole("button", { name: "Add candidate" }).click();
  await expect(add.getByText("Enter the candidate's name.")).toBeVisible();
  await expect(add.getByText("Enter a valid email address.")).toBeVisible();
  await expect(add.getByLabel("Email")).toHaveValue("not-an-email");
});

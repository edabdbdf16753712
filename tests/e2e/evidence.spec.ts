// Review evidence a grader can trust, on the demo opening: the comparison's defect matrix
// tells found, possible and missed apart; the hiring manager reads a candidate's submission
// from it; a panelist confirms a "possible" finding in one click and the matrix follows.
import {
  DEMO_USERS,
  expect,
  expectNoA11yViolations,
  signIn,
  test,
} from "./fixtures";

const OPENING = "Tech Lead, Payments Platform";
const OWNERSHIP = "Any signed-in user can read any customer's orders";

test("the hiring manager reads the evidence, and a panelist confirms a possible finding", async ({
  page,
  login,
  browser,
}) => {
  // Two people, five pages and three axe runs.
  test.setTimeout(90_000);
  await login("manager");
  await page.getByRole("link", { name: OPENING }).click();
  await page.getByRole("link", { name: "Calibrated comparison" }).click();

  const matrix = page.getByRole("table", {
    name: "Seeded defects found by each candidate",
  });
  const quinn = matrix.getByRole("row", { name: /Quinn Alvarez/ });
  const riley = matrix.getByRole("row", { name: /Riley Chen/ });
  // Columns: candidate, then the real defects in manifest order (ownership first).
  await expect(quinn.getByRole("cell").nth(0)).toHaveText(
    "? Possible: not confirmed",
  );
  await expect(riley.getByRole("cell").nth(0)).toHaveText("✓ Found");
  // Quinn's "This might be slow?" was judged by Marco: missed, with his reason.
  await expect(quinn.getByRole("cell").nth(2)).toContainText("Missed");
  await expect(quinn.getByRole("cell").nth(2)).toContainText(
    /Set by Marco.*Rejected: asks whether it is slow/,
  );
  await expect(quinn).toContainText(/Rated “.*” nit/);
  await expect(riley).toContainText("agrees with the answer key on");
  await expectNoA11yViolations(page);

  // The work itself, from the matrix.
  await quinn
    .getByRole("link", { name: "Read the submission of Quinn Alvarez" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Submission: / }),
  ).toBeVisible();
  await expect(page.getByText("Quinn Alvarez")).toHaveCount(0);
  await expect(
    page.getByRole("heading", { name: "Written answers" }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Review summary" }),
  ).toBeVisible();
  const ownershipCard = page
    .getByRole("listitem")
    .filter({ hasText: OWNERSHIP });
  await expect(
    ownershipCard.getByText("Possible: confirm", { exact: true }),
  ).toBeVisible();
  await expect(ownershipCard).toContainText(
    "says nothing that shows this defect on src/routes/orders.ts:9–11",
  );
  // Read-only: no confirm, no override.
  await expect(page.getByRole("button", { name: /Confirm found/ })).toHaveCount(
    0,
  );
  await expect(page.getByText("Override the matcher")).toHaveCount(0);
  await expectNoA11yViolations(page, { exclude: [".monaco-editor"] });
  const candidateId = /candidates\/([^/]+)\/submission/.exec(page.url())?.[1];
  expect(candidateId).toBeTruthy();

  // Sam, on Quinn's panel, confirms the possible finding from the scoring page.
  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signIn(sam, DEMO_USERS.sam);
  await sam.goto(`/panel/${candidateId}`);
  const card = sam.getByRole("listitem").filter({ hasText: OWNERSHIP });
  await expect(
    card.getByText("Possible: confirm", { exact: true }),
  ).toBeVisible();
  await expect(card).toContainText("Does C1 show the candidate found it?");
  await expectNoA11yViolations(sam, { exclude: [".monaco-editor"] });
  await card
    .getByRole("button", { name: `Confirm found for “${OWNERSHIP}”` })
    .click();
  await expect(
    card.getByText("Possible: confirm", { exact: true }),
  ).toHaveCount(0);
  await expect(card).toContainText(
    "Your override: found; the matcher said possible: confirm.",
  );
  await samContext.close();

  // The comparison follows the panel's judgement.
  await page.goBack();
  await page.reload();
  await expect(quinn.getByRole("cell").nth(0)).toContainText("✓ Found");
  await expect(quinn.getByRole("cell").nth(0)).toContainText("Set by Sam");
});

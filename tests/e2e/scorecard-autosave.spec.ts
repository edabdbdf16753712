// A panelist's scorecard draft in Chromium: an edit followed at once by moving to another
// page is saved, not dropped with the page (the autosave engine sends it before the
// navigation goes on). Uses Marco's draft of the demo's Devon Kim, which no other test reads.
// The page's clock stands still while he edits and leaves, so "at once" is exact: no timer
// of the page (the autosave's quiet time included) can fire before the navigation.
import { DEMO_USERS, expect, signIn, test } from "./fixtures";

test("Marco edits his draft and at once goes back to the queue: the edit is saved", async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, DEMO_USERS.marco);
  await page.goto("/panel");
  const row = page.getByRole("row").filter({ hasText: "Draft" });
  await expect(row).toHaveCount(1);
  await row.getByRole("link").click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Score / }),
  ).toBeVisible();
  const candidateUrl = new URL(page.url()).pathname;

  // Time stops (timers due in the jump run first), then he types and leaves.
  await page.clock.pauseAt(Date.now() + 60_000);
  const note = `Left mid-thought at ${Date.now()}`;
  const summary = page.getByLabel("Summary for the debrief");
  await summary.fill(note);
  // No time passes: the autosave's quiet time after typing is not over.
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Scoring" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Candidates to score" }),
  ).toBeVisible();
  await page.clock.resume();

  // Opened again from scratch: what the server holds, nothing kept in the page.
  await page.goto(candidateUrl);
  await expect(page.getByLabel("Summary for the debrief")).toHaveValue(note);
});

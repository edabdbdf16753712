// A hiring round's emails in Chromium, through a real SMTP sink on loopback: an admin invites a
// candidate, the invitation arrives, the candidate opens the link from it, sees the due date
// and submits; the confirmation and the panelists' notices arrive, and the delivery log shows
// them.
import type { Page } from "@playwright/test";
import { emailTo } from "./mailbox";
import { expect, expectNoA11yViolations, test } from "./fixtures";

/** Re-issues a candidate's link, confirming that the current one stops working. */
async function reissue(page: Page, name: string) {
  await page
    .getByRole("button", { name: `Re-issue invite link for ${name}` })
    .click();
  await page
    .getByRole("dialog", { name: `Re-issue ${name}'s link?` })
    .getByRole("button", { name: "Re-issue link" })
    .click();
}

test("an emailed invitation leads to a submission that the panel hears about", async ({
  page,
  browser,
  factory,
  login,
}) => {
  test.setTimeout(90_000);
  const tag = Date.now().toString(36);
  const opening = await factory.opening({ title: `Email round ${tag}` });
  const candidate = await factory.candidate({
    openingId: opening.id,
    name: `Noor Haddad ${tag}`,
  });
  const panelists = await Promise.all(
    ["Ines", "Tomas"].map((first) =>
      factory.staff({ role: "PANELIST", name: `${first} ${tag}` }),
    ),
  );

  await login("ADMIN");
  await page.goto(`/admin/openings/${opening.id}`);
  for (const panelist of panelists)
    await page.getByRole("checkbox", { name: panelist.name }).check();
  await page
    .getByRole("button", { name: `Save panel for ${candidate.name}` })
    .click();
  await expect(page.getByText("Panel saved.")).toBeVisible();

  // The factory's link was never emailed; re-issuing sends the new one.
  await reissue(page, candidate.name);
  await expect(
    page.getByText(
      `Invitation to ${candidate.name} (${candidate.code}) is on its way by email.`,
    ),
  ).toBeVisible();
  await expect(page.getByText(/^Due /)).toBeVisible();
  await expectNoA11yViolations(page);

  const invitation = await emailTo(
    candidate.email,
    new RegExp(`^Your assessment for ${opening.title}$`),
  );
  expect(invitation.raw).toMatch(/Content-Type: text\/html/);
  const link = invitation.body.match(/https?:\/\/[^\s"<>]+\/a\/[\w-]+/)?.[0];
  expect(link, "the invitation carries the candidate's link").toBeTruthy();
  expect(invitation.body).toMatch(/Please submit it by \w+day \d+ \w+ \d{4}/);

  // The candidate, in a browser of their own, opens the link from the email.
  const candidateContext = await browser.newContext();
  const candidatePage = await candidateContext.newPage();
  await candidatePage.goto(link!);
  await expect(candidatePage).toHaveURL(/\/assessment$/);
  await expect(
    candidatePage.getByText(/due \w+day \d{1,2} \w+, \d\d:\d\d your time/),
  ).toBeVisible();
  await expectNoA11yViolations(candidatePage);
  await candidatePage.getByLabel(/I have read the policy/).check();
  await candidatePage
    .getByRole("button", { name: "Start the assessment" })
    .click();
  await expect(candidatePage).toHaveURL(/\/assessment\/questions\//);
  // Every step shows it.
  await expect(candidatePage.getByText(/your time/)).toBeVisible();
  await candidatePage.goto("/assessment/submit");
  await candidatePage.getByLabel(/I have finished/).check();
  await candidatePage
    .getByRole("button", { name: "Submit my assessment" })
    .click();
  // Nothing is written: the page asks once, then goes through.
  await candidatePage.getByRole("button", { name: "Submit anyway" }).click();
  await expect(
    candidatePage.getByRole("heading", { level: 1, name: /^Thank you/ }),
  ).toBeVisible();
  await candidateContext.close();

  const confirmation = await emailTo(
    candidate.email,
    /^We received your assessment for /,
  );
  expect(confirmation.subject).toContain(opening.title);
  for (const panelist of panelists) {
    const notice = await emailTo(panelist.email, /^A submission is waiting/);
    expect(notice.subject).toContain(candidate.code);
    expect(notice.raw).not.toContain(candidate.name);
  }

  // The admin's delivery log lists what went out.
  await page.getByRole("link", { name: "Deliveries" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Delivery log" }),
  ).toBeVisible();
  await expect(page.getByText("Nothing has failed.")).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: candidate.name })
      .filter({ hasText: "Submission confirmation" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
});

test("an admin extends a candidate's due date", async ({
  page,
  factory,
  login,
}) => {
  const opening = await factory.opening();
  const candidate = await factory.candidate({ openingId: opening.id });
  await login("ADMIN");
  await page.goto(`/admin/openings/${opening.id}`);
  await reissue(page, candidate.name);
  const due = page.getByText(/^Due /);
  await expect(due).toBeVisible();
  const before = await due.locator("time").getAttribute("datetime");
  await page
    .getByLabel(`Days to add to ${candidate.name}'s due date`)
    .fill("3");
  await page
    .getByRole("button", { name: `Extend the due date for ${candidate.name}` })
    .click();
  await expect(page.getByText("Due date extended.")).toBeVisible();
  await expect(due.locator("time")).not.toHaveAttribute("datetime", before!);
  const after = await due.locator("time").getAttribute("datetime");
  expect(new Date(after!).getTime() - new Date(before!).getTime()).toBe(
    3 * 24 * 60 * 60 * 1000,
  );
});

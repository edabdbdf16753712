// The hiring manager's calibrated comparison and debrief, on a copy of the demo opening each
// test makes for itself: read the calibrated order and the flags, take the numbers away as
// CSV, then debrief a candidate and decide. Panelists must not find either page.
import { readFile } from "node:fs/promises";
import { expect, expectNoA11yViolations, logIn, test } from "./fixtures";

const OPENING = "Tech Lead, Payments Platform";

// A refused decision answers 400, and a page a panelist may not see answers 404; Chromium
// logs both as failed resources.
// (One pattern: Playwright reads a two-element array here as [value, fixture options].)
test.use({
  allowedConsoleErrors: [/status of (400 \(Bad Request\)|404 \(Not Found\))/],
});

test("the hiring manager compares the candidates, exports them and decides after a debrief", async ({
  page,
  factory,
  login,
}) => {
  test.setTimeout(60_000);
  const demo = await factory.demoOpening();
  await login(demo.staff.manager);
  await page.getByRole("link", { name: OPENING }).click();
  await page.getByRole("link", { name: "Calibrated comparison" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Calibrated comparison" }),
  ).toBeVisible();

  // The calibrated order per dimension, in the plot's summary and in its table.
  await expect(
    page.getByRole("img", { name: /^Technical depth: calibrated scores/ }),
  ).toBeVisible();
  const depth = page.getByRole("table", {
    name: "Technical depth in numbers, calibrated order",
  });
  await expect(depth.getByRole("rowheader")).toHaveText([
    /Riley Chen/,
    /Avery Patel/,
    /Devon Kim/,
    /Quinn Alvarez/,
  ]);
  const multiplier = page.getByRole("table", {
    name: "Team multiplier in numbers, calibrated order",
  });
  await expect(multiplier.getByRole("rowheader")).toHaveText([
    /Riley Chen/,
    /Devon Kim/,
    /Quinn Alvarez/,
    /Avery Patel/,
  ]);
  await expect(depth.getByRole("row", { name: /Riley Chen/ })).toContainText(
    "3.47",
  );
  await expect(
    page
      .locator("p")
      .filter({ hasText: "Too close to call: Avery Patel, Devon Kim." }),
  ).toBeVisible();
  await expect(depth.getByText("No flag")).toHaveCount(4);

  // Red flags raised, with who raised them one click away.
  const avery = page.getByRole("article", { name: /Avery Patel/ });
  await expect(avery).toContainText("Corrects without teaching ×2");
  await avery.getByText("Corrects without teaching").click();
  await expect(avery.getByText("Marco Bianchi:").first()).toBeVisible();
  // Devon Kim's third scorecard is a draft: it does not count.
  await expect(page.getByRole("article", { name: /Devon Kim/ })).toContainText(
    "2 submitted scorecards",
  );
  await expect(
    page.getByRole("heading", { name: "Seeded defects found" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    "comparison-tech-lead-payments-platform.csv",
  );
  const csv = await readFile(await file.path(), "utf8");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toBe(
    "candidate_code,candidate_name,dimension,calibrated,se,low,high,raw_mean,raters," +
      "linked_group,flag,flag_reasons,recommendations,red_flags_raised,defects_found," +
      "defects_found_count,defects_possible,prioritisation,decision",
  );
  expect(rows).toHaveLength(8);
  expect(rows[0]).toMatch(
    new RegExp(
      "^C-[A-Z0-9]{4},Riley Chen,technical_depth,3\\.466667,0\\.298142,2\\.761672," +
        "4\\.171661,3\\.466667,3,1,none,," +
        "Marco Bianchi: Yes; Priya Raman: Strong yes; Sam Okoye: Strong yes,,",
    ),
  );

  // The debrief shows the code until the name is revealed, on purpose and on the record.
  await page.getByRole("link", { name: "Debrief for Avery Patel" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Debrief: C-[A-Z0-9]{4}$/ }),
  ).toBeVisible();
  await expect(page.getByText("avery.patel@example.com")).toHaveCount(0);
  await expect(
    page.getByRole("table", {
      name: /^Technical depth: each panelist's score/,
    }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Agenda" })).toBeVisible();
  await expect(
    page.getByText("Red flag Corrects without teaching"),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Reveal name and email" }).click();
  await expect(page.getByText("avery.patel@example.com")).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 1, name: /Avery Patel/ }),
  ).toBeVisible();

  // A too-short rationale is refused and the text stays.
  await page.getByRole("radio", { name: "Hold" }).check();
  await page.getByLabel("Rationale").fill("Not sure.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("alert")).toContainText("at least a sentence");
  await expect(page.getByLabel("Rationale")).toHaveValue("Not sure.");
  await expect(page.getByRole("radio", { name: "Hold" })).toBeChecked();

  const rationale =
    "Strong technical review, but corrects instead of teaching: a second conversation about mentoring first.";
  await page.getByLabel("Rationale").fill(rationale);
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toHaveText("Decision recorded: Hold.");
  await expect(page.getByText("Decision: Hold")).toBeVisible();
  await expect(page.getByText(rationale).first()).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a panelist finds neither the comparison nor a debrief", async ({
  page,
  factory,
  login,
  browser,
}) => {
  const demo = await factory.demoOpening();
  await login(demo.staff.manager);
  await page.getByRole("link", { name: OPENING }).click();
  await page.getByRole("link", { name: "Calibrated comparison" }).click();
  await page.getByRole("link", { name: "Debrief for Riley Chen" }).click();
  await expect(page).toHaveURL(/\/debrief$/);
  const debriefUrl = new URL(page.url()).pathname;
  const comparisonUrl = debriefUrl.replace(/\/candidates\/.*$/, "/comparison");

  const context = await browser.newContext();
  const panelist = await context.newPage();
  await logIn(panelist, factory, demo.staff.priya);
  for (const path of [comparisonUrl, `${comparisonUrl}.csv`, debriefUrl]) {
    const response = await panelist.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(
    panelist.getByRole("heading", { level: 1, name: "Page not found" }),
  ).toBeVisible();
  await context.close();
});

test.describe("offline", () => {
  // Offline, Chromium logs each request it could not make, and Remix each route lookup.
  test.use({
    allowedConsoleErrors: [
      /net::ERR_INTERNET_DISCONNECTED|Failed to fetch manifest patches TypeError: Failed to fetch/,
    ],
  });

  test("a debrief link clicked offline shows the offline notice, then the debrief once back online", async ({
    page,
    factory,
    login,
  }) => {
    const demo = await factory.demoOpening();
    await login(demo.staff.manager);
    await page.getByRole("link", { name: OPENING }).click();
    await page.getByRole("link", { name: "Calibrated comparison" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Calibrated comparison" }),
    ).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.locator("html")).toHaveAttribute(
      "data-route-modules",
      "loaded",
    );

    await page.context().setOffline(true);
    await page.getByRole("link", { name: "Debrief for Riley Chen" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "You're offline" }),
    ).toBeVisible();
    // Still the app, with its header: not the browser's own offline page.
    await expect(page.getByRole("banner")).toBeVisible();
    await expectNoA11yViolations(page);

    await page.context().setOffline(false);
    await expect(
      page.getByRole("heading", { level: 1, name: /^Debrief: / }),
    ).toBeVisible();
  });
});

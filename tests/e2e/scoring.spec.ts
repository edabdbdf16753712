// Panelists scoring one candidate of this file's own copy of the demo opening (the one it
// assigns to all three panelists with no scorecards yet): Priya scores with the keyboard
// alone and submits; Marco sees nothing of hers until he submits his own, then sees the panel
// side by side. One story in order, so the file runs serially, beside the other files.
import type { Locator, Page } from "@playwright/test";
import {
  expect,
  expectNoA11yViolations,
  type Factory,
  signIn,
  test,
} from "./fixtures";

test.describe.configure({ mode: "serial" });

let demo: Awaited<ReturnType<Factory["demoOpening"]>>;

test.beforeAll(async ({ factory }) => {
  demo = await factory.demoOpening();
});

const PRIYA_EVIDENCE = "Ranks the ownership hole first and argues why (C1).";
const PRIYA_SUMMARY =
  "Strong technical reviewer; comments correct more than they teach.";

// Monaco's own syntax colours on its diff backgrounds fall short of 4.5:1 in places. The
// code is the exercise's, not the candidate's; the candidate's comments, which are what a
// panelist scores, stay in scope (the inline zones and the HTML list).
const MONACO_CODE = { exclude: [".monaco-editor .view-lines"] };

let candidateUrl = "";
let candidateCode = "";
let priyasCandidates: string[] = [];

const candidateLinks = (page: Page) =>
  page
    .getByRole("table")
    .getByRole("link")
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );

type Focused = { text: string; name: string; tag: string };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      text: element?.textContent?.trim() ?? "",
      name: element?.getAttribute("name") ?? "",
      tag: element?.tagName ?? "",
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabUntil(
  page: Page,
  matches: (element: Focused) => boolean,
  what: string,
) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const tabToGroup = (page: Page, name: string) =>
  tabUntil(page, (element) => element.name === name, `the ${name} radios`);

function saveStatus(page: Page): Locator {
  return page
    .getByRole("status")
    .filter({ hasText: /saved|Saving|Unsaved|Autosaves/ });
}

test("Priya scores the candidate with the keyboard alone, and submitting locks her scorecard", async ({
  page,
  login,
}) => {
  test.setTimeout(120_000);
  await login(demo.staff.priya);
  await page.goto("/panel");
  priyasCandidates = await candidateLinks(page);
  const row = page.getByRole("row").filter({ hasText: "To score" });
  await expect(row).toHaveCount(1);
  candidateCode = (await row.getByRole("link").innerText()).trim();
  await row.getByRole("link").click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Score ${candidateCode}` }),
  ).toBeVisible();
  candidateUrl = new URL(page.url()).pathname;
  await expect(
    page.getByText("the panel's scorecards appear here once you submit yours"),
  ).toBeVisible();

  // Keyboard only from here: the skip link to the scorecard, then Tab and 1–4.
  await tabUntil(
    page,
    (element) => element.text === "Go to the scorecard",
    "the link to the scorecard",
  );
  await page.keyboard.press("Enter");

  const scores: [string, number][] = [
    ["score.material_issues", 4],
    ["score.trade_off_reasoning", 3],
    ["score.data_access_performance", 3],
    ["score.testing_operability", 3],
    ["score.decision_ownership", 2],
    ["score.teaching_reviews", 2],
    ["score.disagreement_process", 2],
    ["score.delegation_growth", 2],
    ["score.product_translation", 3],
    ["score.accountability", 2],
  ];
  for (const [name, score] of scores) {
    await tabToGroup(page, name);
    await page.keyboard.press(String(score));
    expect(
      await page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement;
        return input.checked ? input.value : null;
      }),
    ).toBe(String(score));
    if (score === 4) {
      await page.keyboard.press("Tab");
      await page.keyboard.type(PRIYA_EVIDENCE);
    }
  }
  const materialIssues = page.getByRole("group", {
    name: "Finds and ranks the material issues",
  });
  await expect(
    materialIssues.getByRole("radio", { name: /^4 · Exemplary/ }),
  ).toBeChecked();
  await expect(
    page.getByText("5 of 5 scored", { exact: true }).first(),
  ).toBeVisible();

  await tabToGroup(page, "recommendation");
  await page.keyboard.press("3");
  await page.keyboard.press("Tab");
  await page.keyboard.type(PRIYA_SUMMARY);
  await expect(saveStatus(page)).toContainText("Draft saved");

  await tabUntil(
    page,
    (element) => element.text === "Submit scorecard",
    "the submit button",
  );
  await page.keyboard.press("Enter");

  await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
  const panel = page.getByRole("table", {
    name: "Submitted scorecards, one column per panelist",
  });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("columnheader", { name: "You" })).toBeVisible();
  await expect(page.getByText("waiting for 2 more panelists")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Amend your scorecard" }),
  ).toBeVisible();
});

test.describe("the second panelist", () => {
  // The refused submission answers 400, which the browser logs as a failed resource.
  test.use({ allowedConsoleErrors: [/status of 400/] });

  test("Marco sees nothing of Priya's scorecard until he submits his own", async ({
    page,
    login,
  }) => {
    test.setTimeout(120_000);
    expect(candidateUrl, "the first test found the candidate").not.toBe("");
    await login(demo.staff.marco);
    await page.goto("/panel");
    const row = page.getByRole("row").filter({ hasText: candidateCode });
    await expect(row).toContainText("To score");
    await row.getByRole("link").click();
    await expect(page).toHaveURL(candidateUrl);

    // Nothing of Priya's reaches the page, visible or not (loader data included).
    const html = await page.content();
    expect(html).not.toContain(PRIYA_SUMMARY);
    expect(html).not.toContain(PRIYA_EVIDENCE);
    expect(html).not.toContain("Priya Raman");
    await expect(
      page.getByRole("table", { name: /Submitted scorecards/ }),
    ).toHaveCount(0);

    // An empty submission is refused with a message per missing field.
    await page.getByRole("button", { name: "Submit scorecard" }).click();
    const problems = page
      .getByRole("alert")
      .filter({ hasText: "Not submitted" });
    await expect(problems).toContainText("12 things need your attention");
    await expect(problems).toContainText(
      "Choose a level for “Finds and ranks the material issues”.",
    );

    // Scoring with the mouse; the draft survives a reload.
    const groups = page.locator("fieldset[id^='criterion-']");
    const count = await groups.count();
    expect(count).toBe(10);
    for (let index = 0; index < count; index++) {
      await groups
        .nth(index)
        .getByRole("radio", {
          name: index % 2 ? /^2 · Emerging/ : /^3 · Solid/,
        })
        .check();
    }
    await page.getByRole("radio", { name: /^No Mostly 2s/ }).check();
    await page
      .getByLabel("Summary for the debrief")
      .fill("Finds the defects; the reviews tell rather than teach.");
    await expect(saveStatus(page)).toContainText("Draft saved");
    await page.reload();
    await expect(
      groups.nth(1).getByRole("radio", { name: /^2 · Emerging/ }),
    ).toBeChecked();
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
    expect(await page.content()).not.toContain(PRIYA_SUMMARY);

    await page.getByRole("button", { name: "Submit scorecard" }).click();
    const panel = page.getByRole("table", {
      name: "Submitted scorecards, one column per panelist",
    });
    await expect(panel).toBeVisible();
    await expect(
      panel.getByRole("columnheader", { name: /Priya Raman/ }),
    ).toBeVisible();
    await expect(panel).toContainText(PRIYA_SUMMARY);
    await expect(panel).toContainText(PRIYA_EVIDENCE);
    await expect(page.getByText("waiting for 1 more panelist")).toBeVisible();
  });
});

test("the queue and the workspace pass axe, before and after submitting", async ({
  page,
  login,
}) => {
  test.setTimeout(90_000);
  expect(candidateUrl, "the first test found the candidate").not.toBe("");
  await login(demo.staff.sam);
  await page.goto("/panel");
  await expectNoA11yViolations(page);

  await page.goto(candidateUrl);
  // Wait for the diff viewer, so axe sees the page as a panelist does.
  await expect(page.locator(".monaco-diff-editor")).toBeVisible();
  await expectNoA11yViolations(page, MONACO_CODE);
  // Independence holds for Sam too: two scorecards exist, he sees none of them.
  expect(await page.content()).not.toContain(PRIYA_SUMMARY);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demo.staff.priya.email, demo.staff.priya.password);
  await page.goto(candidateUrl);
  await expect(
    page.getByRole("table", { name: /Submitted scorecards/ }),
  ).toBeVisible();
  await expectNoA11yViolations(page, MONACO_CODE);
});

test.describe("access", () => {
  // The browser reports the 404 document as a failed resource.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("a candidate not assigned to the panelist is not found", async ({
    page,
    login,
  }) => {
    await login(demo.staff.sam);
    await page.goto("/panel");
    const sams = await candidateLinks(page);
    const notSams = priyasCandidates.find((href) => !sams.includes(href));
    expect(notSams, "Priya has a candidate Sam does not").toBeDefined();
    const response = await page.goto(notSams!);
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { name: "Page not found" }),
    ).toBeVisible();
  });
});

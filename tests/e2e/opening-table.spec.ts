// The opening's candidate table is searched, filtered and sorted from the URL: a view can be
// shared, survives a reload, and applies as the admin types or chooses.
import { expect, expectNoA11yViolations, test } from "./fixtures";

test("an admin finds candidates by name and by stage, and the view is kept in the URL", async ({
  page,
  factory,
  login,
}) => {
  const demo = await factory.demoOpening();
  await login("ADMIN");
  await page.goto(`/admin/openings/${demo.opening.id}`);
  const table = page.getByRole("table");
  const rows = table.getByRole("row");
  const all = (await rows.count()) - 1;
  expect(all).toBeGreaterThan(3);

  const search = page.getByRole("search", { name: "Candidates" });
  await search.getByLabel("Search").fill("riley");
  await expect(rows).toHaveCount(2);
  await expect(table).toContainText("Riley Chen");
  await expect(search).toContainText(`Showing 1 of ${all} candidates`);
  await expect(page).toHaveURL(/[?&]q=riley/);

  // The link opens the same view, in a fresh page.
  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("search").getByLabel("Search")).toHaveValue(
    "riley",
  );

  await search.getByLabel("Search").fill("");
  await search.getByLabel("Stage").selectOption({ label: "In progress" });
  await expect(page).toHaveURL(/[?&]stage=in-progress/);
  await expect(table).toContainText("Taylor Brooks");
  await expect(table).not.toContainText("Riley Chen");

  await search.getByLabel("Stage").selectOption({ label: "Any stage" });
  await search.getByLabel("Sort by").selectOption({ label: "Name" });
  await expect(page).toHaveURL(/[?&]sort=name/);
  await expect(rows).toHaveCount(all + 1);
  const names = () =>
    table.locator("tbody tr td:first-child div.font-medium").allTextContents();
  await expect
    .poll(async () => {
      const shown = await names();
      return shown.join("|") ===
        [...shown].sort((a, b) => a.localeCompare(b, "en")).join("|")
        ? "sorted"
        : shown.join(", ");
    })
    .toBe("sorted");

  await search.getByLabel("Search").fill("nobody-by-this-name");
  await expect(
    page.getByText("No candidate matches this search."),
  ).toBeVisible();
  await expectNoA11yViolations(page);
});

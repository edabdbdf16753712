// Smoke test of the e2e harness itself: the production server started by playwright.config.ts
// answers its health checks, and a page renders in Chromium without console errors.
import { expect, test } from "./fixtures";

test("GET /healthz answers 200 JSON", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({ status: "ok" });
});

test("GET /readyz answers 200 JSON once the database is migrated", async ({
  request,
}) => {
  const response = await request.get("/readyz");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({
    status: "ready",
    database: "ok",
  });
});

test("the sign-in page renders in Chromium", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

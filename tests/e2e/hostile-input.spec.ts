// Hostile requests through the real server (Express, then Remix): what the in-process fuzz
// (tests/integration/hostile-input.test.ts) cannot see, the cross-origin guard in front of
// Remix and the path decoding, answers 4xx, and the server still answers /readyz.
import { expect, test } from "./fixtures";

// Refused before any account is looked up: the credentials need not exist.
const CREDENTIALS = {
  email: "someone@example.test",
  password: "not-a-real-password",
};

// "/☃" is a path on this site that names no page: it answers 404.
test.use({ allowedConsoleErrors: [/status of 404 \(Not Found\)/] });

test("a cross-origin post is refused with 403, not 500", async ({
  request,
}) => {
  for (const origin of ["https://evil.example", "null", "not a url"]) {
    const response = await request.post("/login", {
      headers: { Origin: origin },
      form: CREDENTIALS,
      maxRedirects: 0,
    });
    expect(response.status(), origin).toBe(403);
  }
});

test("bodies no form sends answer 4xx", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const json = await request.post("/login", {
    headers: { "Content-Type": "application/json", Origin: origin },
    data: JSON.stringify({ email: CREDENTIALS.email }),
  });
  expect(json.status()).toBe(415);
  const multipart = await request.post("/login", {
    headers: {
      "Content-Type": "multipart/form-data; boundary=x",
      Origin: origin,
    },
    data: "--x\r\nContent-Disposition: form-data; name=email\r\n\r\na",
  });
  expect(multipart.status()).toBe(400);
  const utf8 = await request.post("/login", {
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: origin,
    },
    data: Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff]),
  });
  expect(utf8.status()).toBe(400);
});

test("a path id of the wrong shape answers 404, and sign-in keeps a non-ASCII redirectTo", async ({
  page,
  request,
  factory,
}) => {
  const panelist = await factory.staff({ role: "PANELIST" });
  await page.goto("/login?redirectTo=%2F%E2%98%83");
  await page.getByLabel("Email").fill(panelist.email);
  await page.getByLabel("Password", { exact: true }).fill(panelist.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/%E2%98%83$/);
  const cookies = await page.context().cookies();
  const response = await request.get("/panel/%00", {
    headers: {
      Cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
});

import { describe, expect, it } from "vitest";
import { describeRouteError, isNetworkFailure } from "#app/domain/route-error";

const staff = { audience: "staff" } as const;
const candidate = { audience: "candidate" } as const;

describe("telling a network failure from a bug", () => {
  it("reads each engine's words for a fetch that got no answer", () => {
    for (const message of [
      "Failed to fetch",
      "NetworkError when attempting to fetch resource.",
      "Load failed",
      "fetch failed",
    ])
      expect(isNetworkFailure(new TypeError(message)), message).toBe(true);
  });

  it("takes any TypeError as the network's when the browser says it is offline", () => {
    expect(isNetworkFailure(new TypeError("Network changed"), false)).toBe(
      true,
    );
  });

  it("keeps a TypeError from our own code a bug while online", () => {
    expect(
      isNetworkFailure(
        new TypeError("Cannot read properties of undefined (reading 'title')"),
      ),
    ).toBe(false);
  });

  it("never takes a plain Error or a thrown value for the network", () => {
    expect(isNetworkFailure(new Error("Failed to fetch"), false)).toBe(false);
    expect(isNetworkFailure("Failed to fetch", false)).toBe(false);
  });
});

describe("the page an error gets", () => {
  it("a 404 is a page not found, whatever its body says", () => {
    const page = describeRouteError(
      { response: { status: 404, data: "Not found" } },
      staff,
    );
    expect(page).toMatchObject({
      kind: "not-found",
      label: "Error 404",
      title: "Page not found",
      retry: false,
    });
    expect(page.body).toMatch(/don't have access/);
  });

  it("a 4xx shows the server's message when it has one", () => {
    expect(
      describeRouteError(
        {
          response: {
            status: 409,
            data: "Your assessment has been submitted, so it can't be changed any more.",
          },
        },
        candidate,
      ),
    ).toMatchObject({
      kind: "refused",
      label: "Error 409",
      body: "Your assessment has been submitted, so it can't be changed any more.",
    });
    expect(
      describeRouteError(
        { response: { status: 400, data: { message: "Pick a level." } } },
        staff,
      ).body,
    ).toBe("Pick a level.");
  });

  it("a 4xx without a message says what its status means", () => {
    expect(
      describeRouteError({ response: { status: 413, data: "" } }, staff),
    ).toMatchObject({
      kind: "refused",
      title: "Too large",
      body: "That was more than we can accept in one go.",
    });
    expect(
      describeRouteError(
        { response: { status: 400, data: "Bad Request" } },
        staff,
      ).body,
    ).toMatch(/wasn't what we expected/);
  });

  it("the framework's own error inside a response is not shown", () => {
    expect(
      describeRouteError(
        {
          response: {
            status: 405,
            data: new Error(
              'You made a POST request to "/admin" but did not provide an `action`',
            ),
          },
        },
        staff,
      ).body,
    ).toBe("We couldn't do what was asked.");
  });

  it("a response the framework made is not read out, even as text", () => {
    expect(
      describeRouteError(
        {
          response: {
            status: 405,
            data: 'Error: You made a POST request to "/admin" but did not provide an `action`',
            internal: true,
          },
        },
        staff,
      ).body,
    ).toBe("We couldn't do what was asked.");
  });

  it("a long body is not shown: it is a dump, not a message", () => {
    expect(
      describeRouteError(
        { response: { status: 400, data: "x".repeat(301) } },
        staff,
      ).body,
    ).not.toContain("xxx");
  });

  it("a 5xx or a thrown error is ours, with a way to try again", () => {
    expect(
      describeRouteError({ response: { status: 503, data: "" } }, staff),
    ).toMatchObject({ kind: "server", label: "Error 503", retry: true });
    expect(
      describeRouteError(
        { thrown: new Error("Unexpected Server Error") },
        staff,
      ),
    ).toMatchObject({
      kind: "server",
      label: "Error 500",
      title: "Something went wrong",
    });
  });

  it("a failed fetch says offline, never Error 500, and tells a candidate their work is kept", () => {
    const page = describeRouteError(
      { thrown: new TypeError("Failed to fetch") },
      { ...candidate, online: false },
    );
    expect(page).toMatchObject({
      kind: "network",
      label: "No connection",
      title: "You're offline",
      retry: true,
    });
    expect(page.body).toContain("Your work is kept on this device");
    expect(
      describeRouteError({ thrown: new TypeError("Failed to fetch") }, staff)
        .body,
    ).not.toContain("Your work");
  });

  it("a candidate's server error says where their work is", () => {
    expect(
      describeRouteError({ thrown: new Error("boom") }, candidate).body,
    ).toContain("Your work is kept on this device");
  });
});

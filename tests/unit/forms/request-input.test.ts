// The rules every request's input passes before a schema sees it, and the NUL rule per kind
// of field.
import { describe, expect, it } from "vitest";
import {
  checkUtf8,
  decodeUrlEncoded,
  findNul,
  formMediaTypeProblem,
  isRecordId,
  stripNulDeep,
} from "#app/domain/request-input";
import { pastedText, textLine, wholeNumber } from "#app/domain/forms/fields";
import { safeRedirect } from "#app/domain/roles";
import { crossOriginProblem } from "../../../scripts/lib/same-origin.js";

describe("form body types", () => {
  it("takes only what an HTML form sends", () => {
    expect(
      formMediaTypeProblem("application/x-www-form-urlencoded;charset=UTF-8"),
    ).toBeNull();
    expect(
      formMediaTypeProblem("multipart/form-data; boundary=----x"),
    ).toBeNull();
    expect(formMediaTypeProblem("application/json")).toMatchObject({
      status: 415,
      message: expect.stringContaining('"application/json"'),
    });
    expect(formMediaTypeProblem(null)).toMatchObject({ status: 415 });
  });
});

describe("strict decoding", () => {
  it("decodes urlencoded fields as a browser encodes them", () => {
    expect(decodeUrlEncoded("name=Ana+Lima&email=a%40b.c&x")).toEqual([
      ["name", "Ana Lima"],
      ["email", "a@b.c"],
      ["x", ""],
    ]);
    expect(decodeUrlEncoded("snow=%E2%98%83")).toEqual([["snow", "☃"]]);
  });

  it("refuses invalid UTF-8 and broken escapes instead of storing U+FFFD", () => {
    expect(decodeUrlEncoded("name=%FF")).toMatchObject({ status: 400 });
    expect(decodeUrlEncoded("name=%E2%98")).toMatchObject({ status: 400 });
    expect(decodeUrlEncoded("name=100%")).toMatchObject({ status: 400 });
    expect(checkUtf8(new Uint8Array([0x61, 0xff]))).toMatchObject({
      status: 400,
    });
    expect(checkUtf8(new TextEncoder().encode("ok ☃"))).toBe("ok ☃");
  });
});

describe("record ids in a path", () => {
  it("accepts cuids and keys, and nothing that cannot name a record", () => {
    expect(isRecordId("cmabc123def456ghi789jkl0")).toBe(true);
    expect(isRecordId("order-history_2")).toBe(true);
    for (const bad of ["", "\u0000", "a/b", "a b", "☃", "x".repeat(65)])
      expect(isRecordId(bad)).toBe(false);
    expect(isRecordId(undefined)).toBe(false);
  });
});

describe("NUL characters", () => {
  it("are refused in a line, naming the field", () => {
    const name = textLine({ label: "Name", max: 200 });
    const result = name.safeParse("a\u0000b");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Name contains a NUL/);
  });

  it("are stripped from pasted text", () => {
    const csv = pastedText({ label: "The list", max: 100 });
    expect(csv.parse("Ana,ana@example.com\u0000\n")).toBe(
      "Ana,ana@example.com",
    );
  });

  it("are stripped from every string of a JSON body, and found anywhere", () => {
    expect(stripNulDeep({ body: "a\u0000b", list: ["\u0000"], n: 1 })).toEqual({
      body: "ab",
      list: [""],
      n: 1,
    });
    expect(findNul({ a: { b: ["ok", "x\u0000"] } })).toEqual(["a", "b", 1]);
    expect(findNul({ a: "clean" })).toBeNull();
  });
});

describe("numbers", () => {
  it("stay within the database's int4", () => {
    const size = wholeNumber({ label: "Size", min: 1, max: 10 ** 12 });
    expect(size.safeParse(2_147_483_648).success).toBe(false);
    expect(size.safeParse(-1).success).toBe(false);
    expect(size.safeParse(Infinity).success).toBe(false);
    expect(size.parse(7)).toBe(7);
  });
});

describe("redirect targets", () => {
  it("percent-encode what a Location header cannot carry", () => {
    expect(safeRedirect("/☃", "/")).toBe("/%E2%98%83");
    expect(safeRedirect("/%E2%98%83", "/")).toBe("/%E2%98%83");
    expect(safeRedirect("/admin/openings/x?tab=é#top", "/")).toBe(
      "/admin/openings/x?tab=%C3%A9#top",
    );
    expect(
      () => new Headers({ Location: safeRedirect("/☃", "/") }),
    ).not.toThrow();
  });

  it("still refuse anything off this site", () => {
    expect(safeRedirect("//evil.example/☃", "/")).toBe("/");
    expect(safeRedirect("/\u0000", "/")).toBe("/");
  });
});

describe("cross-origin posts", () => {
  const post = { method: "POST", host: "app.example" };
  it("pass from the same origin, or without an Origin header", () => {
    expect(
      crossOriginProblem({ ...post, origin: "https://app.example" }),
    ).toBeNull();
    expect(crossOriginProblem({ ...post, origin: undefined })).toBeNull();
    expect(
      crossOriginProblem({ method: "GET", origin: "https://evil.example" }),
    ).toBeNull();
  });

  it("are refused when Remix would refuse them, malformed origins included", () => {
    for (const origin of ["https://evil.example", "null", "", "not a url"])
      expect(crossOriginProblem({ ...post, origin })).toEqual(
        expect.any(String),
      );
    expect(
      crossOriginProblem({
        ...post,
        origin: "https://app.example",
        forwardedHost: "public.example, app.example",
      }),
    ).toEqual(expect.any(String));
  });
});

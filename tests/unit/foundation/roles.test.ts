import { describe, expect, it } from "vitest";
import {
  canManageOpening,
  canManageStaff,
  canSeeIdentity,
  hasRole,
  homePath,
  safeRedirect,
} from "#app/domain/roles";

const admin = { id: "a", role: "ADMIN" as const };
const manager = { id: "m", role: "HIRING_MANAGER" as const };
const otherManager = { id: "m2", role: "HIRING_MANAGER" as const };
const panelist = { id: "p", role: "PANELIST" as const };
const opening = { hiringManagerId: "m" };

describe("role checks", () => {
  it("sends each role to its home", () => {
    expect(homePath("ADMIN")).toBe("/admin");
    expect(homePath("HIRING_MANAGER")).toBe("/admin");
    expect(homePath("PANELIST")).toBe("/panel");
  });

  it("lets admins manage every opening and managers only their own", () => {
    expect(canManageOpening(admin, opening)).toBe(true);
    expect(canManageOpening(manager, opening)).toBe(true);
    expect(canManageOpening(otherManager, opening)).toBe(false);
    expect(canManageOpening(panelist, opening)).toBe(false);
  });

  it("shows identities only to those who manage the opening", () => {
    expect(canSeeIdentity(manager, opening)).toBe(true);
    expect(canSeeIdentity(panelist, opening)).toBe(false);
    expect(canSeeIdentity(otherManager, opening)).toBe(false);
  });

  it("keeps staff management for admins", () => {
    expect(canManageStaff(admin)).toBe(true);
    expect(canManageStaff(manager)).toBe(false);
    expect(hasRole(panelist, ["ADMIN", "HIRING_MANAGER"])).toBe(false);
    expect(hasRole(panelist, ["PANELIST"])).toBe(true);
  });

  it("only redirects within the site after sign-in", () => {
    expect(safeRedirect("/admin/openings/1?x=2", "/")).toBe(
      "/admin/openings/1?x=2",
    );
    expect(safeRedirect("https://evil.example", "/")).toBe("/");
    expect(safeRedirect("//evil.example", "/")).toBe("/");
    expect(safeRedirect("/\\evil.example", "/")).toBe("/");
    expect(safeRedirect(null, "/panel")).toBe("/panel");
  });
});

describe("redirects with characters browsers ignore", () => {
  it("refuses tabs, newlines and backslashes that would turn a path into another host", () => {
    expect(safeRedirect("/\t/evil.example", "/")).toBe("/");
    expect(safeRedirect("/\n/evil.example", "/")).toBe("/");
    expect(safeRedirect("/admin\\..\\", "/")).toBe("/");
  });
});

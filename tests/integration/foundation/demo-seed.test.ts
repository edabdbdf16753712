import { describe, expect, it } from "vitest";
import { prisma } from "#app/services/db.server";
import { verifySignIn } from "#app/services/auth.server";
import {
  DEMO_PASSWORD,
  DEMO_STAFF,
  loadDemoData,
} from "../../../seed/demo/load";

async function counts() {
  const [users, openings, candidates, scorecards, answers, comments] =
    await Promise.all([
      prisma.user.count(),
      prisma.opening.count(),
      prisma.candidate.count(),
      prisma.scorecard.count(),
      prisma.writtenAnswer.count(),
      prisma.reviewComment.count(),
    ]);
  return { users, openings, candidates, scorecards, answers, comments };
}

describe("demo data", () => {
  it("loads every stage once, and loading twice changes nothing", async () => {
    expect(await loadDemoData()).toEqual({ loaded: true });
    const first = await counts();
    expect(first).toMatchObject({ users: 5, openings: 1 });
    expect(first.candidates).toBeGreaterThanOrEqual(5);
    expect(first.scorecards).toBeGreaterThan(0);
    expect(await loadDemoData()).toEqual({ loaded: false });
    expect(await counts()).toEqual(first);
  });

  it("has a sign-in for every role", async () => {
    await loadDemoData();
    const roles = new Set<string>();
    for (const member of DEMO_STAFF) {
      const result = await verifySignIn({
        email: member.email,
        password: DEMO_PASSWORD,
        address: "127.0.0.1",
      });
      expect(result.ok).toBe(true);
      if (result.ok) roles.add(result.user.role);
    }
    expect(roles).toEqual(new Set(["ADMIN", "HIRING_MANAGER", "PANELIST"]));
  });

  it("puts candidates at different stages, with submitted scorecards from several panelists", async () => {
    await loadDemoData();
    const attempts = await prisma.attempt.findMany({
      select: { startedAt: true, submittedAt: true },
    });
    expect(
      attempts.some((attempt) => attempt.startedAt && !attempt.submittedAt),
    ).toBe(true);
    expect(attempts.some((attempt) => attempt.submittedAt)).toBe(true);
    expect(
      await prisma.candidate.count({ where: { attempt: null } }),
    ).toBeGreaterThan(0);
    const scorers = await prisma.scorecard.groupBy({
      by: ["panelistId"],
      where: { status: "SUBMITTED" },
    });
    expect(scorers.length).toBe(3);
  });
});

// The hiring manager's read-only submission view against the real database: who may open it
// (the opening's hiring manager and admins, nobody else), that it is audited and scores
// nothing, that it follows the debrief's blindness (code, never the name), and that a hiring
// manager who sits on the panel and has not submitted sees no other panelist's judgement.
import { beforeAll, describe, expect, it } from "vitest";
import { loader as submissionLoader } from "#app/routes/admin.openings.$openingId.candidates.$candidateId.submission";
import { startSession } from "#app/services/auth.server";
import { prisma } from "#app/services/db.server";
import {
  createAttempt,
  createCandidate,
  createOpening,
  createStaffUser,
} from "../../seed/factories";

type User = Awaited<ReturnType<typeof createStaffUser>>;

const NAME = "Philippa Oddlyspecific";
const EMAIL = "philippa.oddlyspecific@example.org";
const PANEL_OVERRIDE = "Marker-panel-override: the summary names it";

let manager: User;
let otherManager: User;
let admin: User;
let panelist: User;
let openingId: string;
let candidateId: string;
let waitingId: string;

async function load(user: User, id = candidateId, opening = openingId) {
  const response = await startSession(
    user,
    new Request("http://localhost/login"),
  );
  const cookie = response.headers.get("Set-Cookie")?.split(";")[0] ?? "";
  const request = new Request(
    `http://localhost/admin/openings/${opening}/candidates/${id}/submission`,
    { headers: { Cookie: cookie } },
  );
  return submissionLoader({
    request,
    params: { openingId: opening, candidateId: id },
    context: {},
  });
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
  return 200;
}

beforeAll(async () => {
  [manager, otherManager, admin, panelist] = await Promise.all([
    createStaffUser({ role: "HIRING_MANAGER" }),
    createStaffUser({ role: "HIRING_MANAGER" }),
    createStaffUser({ role: "ADMIN" }),
    createStaffUser({ role: "PANELIST", name: "Pat Panelist" }),
  ]);
  const opening = await createOpening({ hiringManagerId: manager.id });
  openingId = opening.id;
  const candidate = await createCandidate({
    openingId,
    name: NAME,
    email: EMAIL,
  });
  candidateId = candidate.id;
  const attempt = await createAttempt({
    candidateId,
    startedAt: new Date(Date.now() - 5 * 3600_000),
    submittedAt: new Date(Date.now() - 3600_000),
    activeSeconds: 4000,
  });
  await prisma.reviewComment.createMany({
    data: [
      {
        attemptId: attempt.id,
        filePath: "src/routes/orders.ts",
        startLine: 10,
        endLine: 10,
        severity: "critical",
        body: "Blocking: any signed-in user can read **another customer's** orders; use `canAccessCustomer` and 404.",
      },
      {
        attemptId: attempt.id,
        filePath: "src/services/order-history.ts",
        startLine: 46,
        endLine: 46,
        severity: "low",
        body: "maybe cache this?",
      },
    ],
  });
  await prisma.reviewSummary.create({
    data: {
      attemptId: attempt.id,
      verdict: "REQUEST_CHANGES",
      body: "The tracking URL is the staging host, hard-coded: move it to config.",
    },
  });
  // The hiring manager sits on this candidate's panel beside a panelist who has submitted.
  for (const member of [manager, panelist]) {
    await prisma.panelAssignment.create({
      data: { candidateId, panelistId: member.id },
    });
  }
  await prisma.defectOverride.create({
    data: {
      candidateId,
      panelistId: panelist.id,
      defectId: "n-plus-one-order-items",
      found: true,
      reason: PANEL_OVERRIDE,
    },
  });
  const waiting = await createCandidate({ openingId });
  waitingId = waiting.id;
  await createAttempt({ candidateId: waiting.id, startedAt: new Date() });
});

describe("the submission view", () => {
  it("shows an admin the work with the matcher's findings, reasons and the panel's overrides", async () => {
    const view = await load(admin);
    if (view.kind !== "ready") throw new Error("expected ready");
    expect(view.independent).toBe(false);
    const status = Object.fromEntries(
      view.evidence.defects.map((d) => [d.id, d.status]),
    );
    expect(status).toMatchObject({
      "missing-ownership-check": "found",
      "hard-coded-tracking-url": "found",
      // Possible by the matcher, confirmed by the panelist.
      "n-plus-one-order-items": "found",
      "happy-path-only-test": "missed",
    });
    const nPlusOne = view.evidence.defects.find(
      (d) => d.id === "n-plus-one-order-items",
    );
    expect(nPlusOne).toMatchObject({
      matchedStatus: "possible",
      override: { found: true, reason: PANEL_OVERRIDE },
    });
    expect(view.panelOverrides).toEqual([
      expect.objectContaining({
        panelistName: "Pat Panelist",
        reason: PANEL_OVERRIDE,
      }),
    ]);
    expect(view.evidence.review.summary?.body).toMatch(/staging host/);
    expect(view.evidence.priorities.sentence).toMatch(/critical/);
  });

  it("keeps the candidate's name and email out of it, and records the view", async () => {
    const before = await prisma.auditEvent.count({
      where: { action: "candidate.submission.view", entityId: candidateId },
    });
    const view = await load(admin);
    const text = JSON.stringify(view).toLowerCase();
    expect(text).not.toContain(NAME.toLowerCase());
    expect(text).not.toContain(EMAIL.toLowerCase());
    expect(text).not.toContain("oddlyspecific");
    expect(
      await prisma.auditEvent.count({
        where: { action: "candidate.submission.view", entityId: candidateId },
      }),
    ).toBe(before + 1);
    // It scores nothing.
    expect(await prisma.scorecard.count({ where: { candidateId } })).toBe(0);
  });

  it("shows a hiring manager on the panel, before their own scorecard, no one else's overrides", async () => {
    const view = await load(manager);
    if (view.kind !== "ready") throw new Error("expected ready");
    expect(view.independent).toBe(true);
    expect(view.panelOverrides).toEqual([]);
    expect(JSON.stringify(view)).not.toContain(PANEL_OVERRIDE);
    expect(
      view.evidence.defects.find((d) => d.id === "n-plus-one-order-items")
        ?.status,
    ).toBe("possible");
  });

  it("says a candidate who has not submitted has nothing to read yet", async () => {
    expect((await load(manager, waitingId)).kind).toBe("waiting");
  });

  it("answers 404 to anyone else: another opening's hiring manager, a panelist, a foreign id", async () => {
    expect(await statusOf(load(otherManager))).toBe(404);
    expect(await statusOf(load(panelist))).toBe(404);
    expect(await statusOf(load(admin, "no-such-candidate"))).toBe(404);
    const other = await createOpening({ hiringManagerId: otherManager.id });
    expect(await statusOf(load(otherManager, candidateId, other.id))).toBe(404);
  });
});

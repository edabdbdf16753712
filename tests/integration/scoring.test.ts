// Scoring against the real database: independence (nothing of the panel before one's own
// submission), blindness (no candidate name or email in anything a panelist loads), the
// completeness check on submit, audited amendments, matcher overrides and identity reveal.
// Loaders and actions are called the way Remix calls them, with a signed-in Request.
import type { ActionFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreField, evidenceField } from "#app/domain/scorecard";
import { getRubric } from "#app/services/content.server";
import { prisma } from "#app/services/db.server";
import { startSession } from "#app/services/auth.server";
import { revealCandidateIdentity } from "#app/services/identity.server";
import { getWorkspace } from "#app/services/scoring/get-workspace.server";
import { overrideDefect } from "#app/services/scoring/override-defect.server";
import { saveDraft } from "#app/services/scoring/save-draft.server";
import { UserFacingError } from "#app/utils/errors";
import {
  action as workspaceAction,
  loader as workspaceLoader,
} from "#app/routes/panel.$candidateId";
import { action as draftAction } from "#app/routes/panel.$candidateId.draft";
import { loader as queueLoader } from "#app/routes/panel._index";
import {
  createAttempt,
  createCandidate,
  createOpening,
  createStaffUser,
  DEFAULT_CONTENT,
} from "../../seed/factories";

type User = Awaited<ReturnType<typeof createStaffUser>>;

const CANDIDATE_NAME = "Zebedee Quartermaine";
const CANDIDATE_EMAIL = "zebedee.quartermaine@example.org";
const A_EVIDENCE = "Marker-A-evidence: ranked the ownership hole first";
const A_SUMMARY = "Marker-A-summary: teaches in every comment";
const A_FLAG_NOTE = "Marker-A-flag: keeps the payments work to himself";
const A_OVERRIDE = "Marker-A-override: C1 talks about paging, not ownership";

let manager: User;
let otherManager: User;
let admin: User;
let panelistA: User;
let panelistB: User;
let outsider: User;
let candidateId: string;
let rubric: NonNullable<Awaited<ReturnType<typeof getRubric>>>;
const cookies = new Map<string, string>();

async function cookieFor(user: User): Promise<string> {
  const known = cookies.get(user.id);
  if (known) return known;
  const response = await startSession(
    user,
    new Request("http://localhost/login"),
  );
  const cookie = response.headers.get("Set-Cookie")?.split(";")[0];
  if (!cookie) throw new Error("startSession set no cookie");
  cookies.set(user.id, cookie);
  return cookie;
}

async function loadWorkspace(user: User, id = candidateId) {
  const request = new Request(`http://localhost/panel/${id}`, {
    headers: { Cookie: await cookieFor(user) },
  });
  return workspaceLoader({ request, params: { candidateId: id }, context: {} });
}

async function post(
  user: User,
  fields: Record<string, string>,
  {
    id = candidateId,
    route = workspaceAction,
    path = "",
  }: {
    id?: string;
    route?: (args: ActionFunctionArgs) => Promise<unknown>;
    path?: string;
  } = {},
): Promise<unknown> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const request = new Request(`http://localhost/panel/${id}${path}`, {
    method: "POST",
    body,
    headers: { Cookie: await cookieFor(user) },
  });
  return route({ request, params: { candidateId: id }, context: {} });
}

/** Form fields for a complete scorecard: every criterion at `score`, with evidence. */
function completeFields(score: number, evidence: string, summary: string) {
  const fields: Record<string, string> = {
    recommendation: score >= 3 ? "yes" : "no",
    summary,
  };
  for (const dimension of rubric.dimensions) {
    for (const criterion of dimension.criteria) {
      fields[scoreField(criterion.key)] = String(score);
      fields[evidenceField(criterion.key)] = evidence;
    }
  }
  return fields;
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

function serialised(value: unknown): string {
  return JSON.stringify(value).toLowerCase();
}

beforeAll(async () => {
  const found = await getRubric(
    DEFAULT_CONTENT.rubricKey,
    DEFAULT_CONTENT.rubricVersion,
  );
  if (!found) throw new Error("the default rubric is missing");
  rubric = found;
  [manager, otherManager, admin, panelistA, panelistB, outsider] =
    await Promise.all([
      createStaffUser({ role: "HIRING_MANAGER" }),
      createStaffUser({ role: "HIRING_MANAGER" }),
      createStaffUser({ role: "ADMIN" }),
      createStaffUser({ role: "PANELIST", name: "Alex Panelist-A" }),
      createStaffUser({ role: "PANELIST", name: "Blair Panelist-B" }),
      createStaffUser({ role: "PANELIST" }),
    ]);
  const opening = await createOpening({ hiringManagerId: manager.id });
  const candidate = await createCandidate({
    openingId: opening.id,
    name: CANDIDATE_NAME,
    email: CANDIDATE_EMAIL,
  });
  candidateId = candidate.id;
  const attempt = await createAttempt({
    candidateId,
    startedAt: new Date(Date.now() - 30 * 3600_000),
    submittedAt: new Date(Date.now() - 3600_000),
    activeSeconds: 5400,
  });
  await prisma.writtenAnswer.create({
    data: {
      attemptId: attempt.id,
      questionKey: "architecture-decision",
      body: "We moved notifications to a queue. <script>alert(1)</script>",
    },
  });
  await prisma.reviewComment.createMany({
    data: [
      {
        attemptId: attempt.id,
        filePath: "src/routes/orders.ts",
        startLine: 10,
        endLine: 11,
        body: "Any signed-in user can read another customer's orders here.",
      },
      {
        attemptId: attempt.id,
        filePath: "src/services/order-history.ts",
        startLine: 45,
        endLine: 46,
        body: "One query per order: a page of 20 is 21 queries.",
      },
    ],
  });
  await prisma.reviewSummary.create({
    data: {
      attemptId: attempt.id,
      verdict: "REQUEST_CHANGES",
      body: "Blocking: ownership check.",
    },
  });
  await prisma.panelAssignment.createMany({
    data: [panelistA, panelistB].map((panelist) => ({
      candidateId,
      panelistId: panelist.id,
    })),
  });
});

describe("access", () => {
  it("answers 404 to a panelist who is not assigned, on every entry point", async () => {
    expect(await statusOf(loadWorkspace(outsider))).toBe(404);
    expect(
      await statusOf(post(outsider, { intent: "submit", revision: "0" })),
    ).toBe(404);
    expect(
      await statusOf(
        post(
          outsider,
          { revision: "0" },
          { route: draftAction, path: "/draft" },
        ),
      ),
    ).toBe(404);
    expect(await statusOf(loadWorkspace(panelistA, "no-such-candidate"))).toBe(
      404,
    );
  });
});

describe("submitting", () => {
  it("refuses an incomplete scorecard with an error per missing field, and keeps the input", async () => {
    const first = rubric.dimensions[0]!.criteria[0]!.key;
    const result = await post(panelistA, {
      intent: "submit",
      revision: "0",
      [scoreField(first)]: "4",
      [evidenceField(first)]: "",
      summary: "Half done",
    });
    expect(result).toMatchObject({ init: { status: 400 } });
    const { data } = result as unknown as {
      data: {
        intent: string;
        result: {
          error: Record<string, string[]>;
          initialValue: Record<string, unknown>;
        };
      };
    };
    expect(data.intent).toBe("submit");
    const criteria = rubric.dimensions.flatMap((d) => d.criteria);
    expect(Object.keys(data.result.error).sort()).toEqual(
      [
        evidenceField(first),
        ...criteria.slice(1).map((c) => scoreField(c.key)),
        "recommendation",
      ].sort(),
    );
    expect(data.result.initialValue.summary).toBe("Half done");
    expect(
      await prisma.scorecard.count({
        where: { candidateId, panelistId: panelistA.id },
      }),
    ).toBe(0);
  });

  it("autosaves a draft with a revision check, then submits and locks it", async () => {
    const saved = await post(
      panelistA,
      { revision: "0", summary: "first thoughts" },
      { route: draftAction, path: "/draft" },
    );
    expect(saved).toBeInstanceOf(Response);
    const body = (await (saved as Response).json()) as { revision: number };
    expect(body).toMatchObject({ ok: true, revision: 1 });

    // A second tab still on revision 0 must not overwrite revision 1.
    const stale = await post(
      panelistA,
      { revision: "0", summary: "stale tab" },
      { route: draftAction, path: "/draft" },
    );
    expect((stale as Response).status).toBe(409);

    const fields = completeFields(4, A_EVIDENCE, A_SUMMARY);
    fields["flag.hero"] = "on";
    fields["flagNote.hero"] = A_FLAG_NOTE;
    const submitted = await post(panelistA, {
      ...fields,
      intent: "submit",
      revision: String(body.revision),
    });
    expect((submitted as Response).status).toBe(302);
    const scorecard = await prisma.scorecard.findUniqueOrThrow({
      where: {
        candidateId_panelistId: { candidateId, panelistId: panelistA.id },
      },
      select: { status: true, submittedAt: true, recommendation: true },
    });
    expect(scorecard).toMatchObject({
      status: "SUBMITTED",
      recommendation: "YES",
    });

    await expect(
      saveDraft(panelistA, candidateId, {
        revision: 2,
        content: {
          criteria: {},
          redFlags: {},
          recommendation: null,
          summary: "",
        },
      }),
    ).rejects.toThrow(UserFacingError);

    await overrideDefect(panelistA, candidateId, {
      defectId: "unvalidated-paging",
      found: true,
      reason: A_OVERRIDE,
    });
  });
});

describe("independence", () => {
  it("gives panelist B nothing of A's scorecard before B submits, not even a count", async () => {
    const before = await loadWorkspace(panelistB);
    if (before.kind !== "ready") throw new Error("expected a ready workspace");
    expect(before.panel).toBeNull();
    expect(before.scorecard).toBeNull();
    const text = serialised(before);
    for (const marker of [A_EVIDENCE, A_SUMMARY, A_FLAG_NOTE, A_OVERRIDE]) {
      expect(text).not.toContain(marker.toLowerCase());
    }
    expect(text).not.toContain(panelistA.name.toLowerCase());
    // A's override does not change what B's matcher shows.
    expect(
      before.defects.find((d) => d.id === "unvalidated-paging"),
    ).toMatchObject({ found: false, override: null });

    // A draft of B's own does not open the panel either.
    const draft = await post(
      panelistB,
      { revision: "0", summary: "B drafting" },
      { route: draftAction, path: "/draft" },
    );
    expect((draft as Response).status).toBe(200);
    const drafting = await loadWorkspace(panelistB);
    if (drafting.kind !== "ready") throw new Error("expected ready");
    expect(drafting.panel).toBeNull();
    expect(serialised(drafting)).not.toContain(A_EVIDENCE.toLowerCase());
  });

  it("shows B the panel's scorecards side by side once B has submitted", async () => {
    const submitted = await post(panelistB, {
      ...completeFields(2, "B's evidence", "B's summary"),
      intent: "submit",
      revision: "1",
    });
    expect((submitted as Response).status).toBe(302);

    const after = await loadWorkspace(panelistB);
    if (after.kind !== "ready") throw new Error("expected ready");
    expect(after.panel).not.toBeNull();
    const cards = after.panel!.scorecards;
    expect(cards.map((card) => [card.panelistName, card.mine])).toEqual([
      [panelistB.name, true],
      [panelistA.name, false],
    ]);
    expect(cards[1]!.content.summary).toBe(A_SUMMARY);
    expect(cards[1]!.content.redFlags).toEqual({ hero: A_FLAG_NOTE });
    expect(after.panel!.awaiting).toBe(0);
    expect(after.panel!.overrides).toEqual([
      {
        defectId: "unvalidated-paging",
        found: true,
        reason: A_OVERRIDE,
        panelistName: panelistA.name,
      },
    ]);
  });
});

describe("blindness", () => {
  it("never sends a panelist the candidate's name or email", async () => {
    for (const panelist of [panelistA, panelistB]) {
      const workspace = serialised(await loadWorkspace(panelist));
      const queue = serialised(
        await queueLoader({
          request: new Request("http://localhost/panel", {
            headers: { Cookie: await cookieFor(panelist) },
          }),
          params: {},
          context: {},
        }),
      );
      for (const text of [workspace, queue]) {
        expect(text).toContain("c-"); // the code is there
        expect(text).not.toContain(CANDIDATE_NAME.toLowerCase());
        expect(text).not.toContain("zebedee");
        expect(text).not.toContain("quartermaine");
        expect(text).not.toContain(CANDIDATE_EMAIL.toLowerCase());
      }
    }
  });

  it("reveals the identity only to the opening's hiring manager and admins, audited", async () => {
    const countReveals = () =>
      prisma.auditEvent.count({
        where: {
          action: "candidate.identity.reveal",
          entityId: candidateId,
        },
      });
    expect(
      await statusOf(revealCandidateIdentity(panelistA, candidateId)),
    ).toBe(404);
    expect(
      await statusOf(revealCandidateIdentity(otherManager, candidateId)),
    ).toBe(404);
    expect(await countReveals()).toBe(0);

    await expect(
      revealCandidateIdentity(manager, candidateId),
    ).resolves.toMatchObject({ name: CANDIDATE_NAME, email: CANDIDATE_EMAIL });
    await expect(
      revealCandidateIdentity(admin, candidateId),
    ).resolves.toMatchObject({ name: CANDIDATE_NAME });
    const events = await prisma.auditEvent.findMany({
      where: { action: "candidate.identity.reveal", entityId: candidateId },
      select: { actorId: true },
    });
    expect(events.map((e) => e.actorId).sort()).toEqual(
      [manager.id, admin.id].sort(),
    );
  });
});

describe("amending a submitted scorecard", () => {
  it("needs a reason and a change, and keeps the old values in the audit trail", async () => {
    const current = await prisma.scorecard.findUniqueOrThrow({
      where: {
        candidateId_panelistId: { candidateId, panelistId: panelistA.id },
      },
      select: { id: true, revision: true },
    });
    const fields = {
      ...completeFields(4, A_EVIDENCE, A_SUMMARY),
      "flag.hero": "on",
      "flagNote.hero": A_FLAG_NOTE,
      intent: "amend",
      revision: String(current.revision),
    };
    const target = rubric.dimensions[1]!.criteria[0]!.key;

    const noReason = await post(panelistA, {
      ...fields,
      [scoreField(target)]: "3",
    });
    expect(noReason).toMatchObject({
      init: { status: 400 },
      data: { result: { error: { reason: [expect.any(String)] } } },
    });

    const unchanged = await post(panelistA, {
      ...fields,
      reason: "Second look",
    });
    expect(unchanged).toMatchObject({
      init: { status: 400 },
      data: {
        result: { error: { "": [expect.stringContaining("Nothing changed")] } },
      },
    });

    const amended = await post(panelistA, {
      ...fields,
      [scoreField(target)]: "3",
      reason: "Re-read the junior review answer: it tells more than it asks.",
    });
    expect((amended as Response).status).toBe(302);

    const stored = await prisma.criterionScore.findUniqueOrThrow({
      where: {
        scorecardId_criterionKey: {
          scorecardId: current.id,
          criterionKey: target,
        },
      },
      select: { score: true },
    });
    expect(stored.score).toBe(3);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "scorecard.amend", entityId: current.id },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit.actorId).toBe(panelistA.id);
    expect(audit.before).toMatchObject({
      criteria: { [target]: { score: 4 } },
      summary: A_SUMMARY,
    });
    expect(audit.after).toMatchObject({
      criteria: { [target]: { score: 3 } },
      reason: "Re-read the junior review answer: it tells more than it asks.",
      changed: [scoreField(target)],
    });
  });
});

describe("matcher overrides", () => {
  it("applies a panelist's override to their own workspace, audited", async () => {
    const workspace = await getWorkspace(panelistA, candidateId);
    if (workspace.kind !== "ready") throw new Error("expected ready");
    const paging = workspace.defects.find((d) => d.id === "unvalidated-paging");
    expect(paging).toMatchObject({
      found: true,
      matched: false,
      override: { found: true, reason: A_OVERRIDE },
    });
    const ownership = workspace.defects.find(
      (d) => d.id === "missing-ownership-check",
    );
    expect(ownership).toMatchObject({
      status: "found",
      found: true,
      matched: true,
    });
    expect(ownership?.reasons[0]?.reason).toContain("on the defect's lines");
    expect(
      await prisma.auditEvent.count({
        where: { action: "defect.override", actorId: panelistA.id },
      }),
    ).toBe(1);

    const unknown = await post(panelistA, {
      intent: "override-defect",
      defectId: "no-such-defect",
      verdict: "found",
      reason: "because",
    });
    expect(unknown).toMatchObject({
      init: { status: 400 },
      data: { result: { error: { defectId: [expect.any(String)] } } },
    });
    const noReason = await post(panelistA, {
      intent: "override-defect",
      defectId: "hard-coded-tracking-url",
      verdict: "found",
      reason: "  ",
    });
    expect(noReason).toMatchObject({
      init: { status: 400 },
      data: { result: { error: { reason: [expect.any(String)] } } },
    });
  });
});

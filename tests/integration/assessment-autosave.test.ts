// The candidate's autosave against the real database, through the routes the browser calls:
// revisions and conflicts, exact persistence, size limits, sessions, the comment lifecycle,
// activity, and submission (idempotent, and final: saves after it are refused).
import type { ActionFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "#app/domain/autosave";
import { prisma } from "#app/services/db.server";
import { openInvitation } from "#app/services/invitations/open-invitation.server";
import { revokeInvitations } from "#app/services/invitations/revoke-invitations.server";
import { saveAnswer } from "#app/services/assessment/save-answer.server";
import { action as activityAction } from "#app/routes/assessment.activity";
import { action as answerAction } from "#app/routes/assessment.answers.$questionKey";
import { action as commentAction } from "#app/routes/assessment.comments.$commentId";
import { action as summaryAction } from "#app/routes/assessment.summary";
import { loader as tokenLoader } from "#app/routes/a.$token";
import { action as welcomeAction } from "#app/routes/assessment._index";
import { loader as reviewLoader } from "#app/routes/assessment.review";
import { loader as questionLoader } from "#app/routes/assessment.questions.$questionKey";
import { action as submitAction } from "#app/routes/assessment.submit";
import { getExercise } from "#app/services/content.server";
import {
  createCandidate,
  createInvitation,
  createOpening,
  createStaffUser,
} from "../../seed/factories";

type Action = (args: ActionFunctionArgs) => Promise<Response>;

const QUESTION = "architecture-decision";

async function candidateSession() {
  const manager = await createStaffUser({ role: "HIRING_MANAGER" });
  const opening = await createOpening({ hiringManagerId: manager.id });
  const candidate = await createCandidate({ openingId: opening.id });
  const { token } = await createInvitation({ candidateId: candidate.id });
  const opened = await openInvitation(token);
  if (opened.status !== "ok") throw new Error("the invitation did not open");
  const cookie = opened.headers.get("Set-Cookie")?.split(";")[0];
  if (!cookie) throw new Error("no candidate cookie");
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { candidateId: candidate.id },
  });
  return { cookie, attemptId: attempt.id, candidate, manager, token };
}

async function acceptPolicy(cookie: string) {
  const body = new FormData();
  body.set("acknowledge", "yes");
  await welcomeAction({
    request: new Request("http://localhost/assessment", {
      method: "POST",
      body,
      headers: { Cookie: cookie },
    }),
    params: {},
    context: {},
  }).catch((thrown: unknown) => {
    if (!(thrown instanceof Response) || thrown.status !== 302) throw thrown;
  });
}

function call(
  action: Action,
  cookie: string | null,
  path: string,
  body: unknown,
  {
    method = "POST",
    params = {},
  }: { method?: string; params?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
  };
  if (cookie) headers.Cookie = cookie;
  return action({
    request: new Request(`http://localhost${path}`, {
      method,
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    params,
    context: {},
  });
}

const saveBody = (cookie: string | null, body: unknown, key = QUESTION) =>
  call(answerAction as Action, cookie, `/assessment/answers/${key}`, body, {
    params: { questionKey: key },
  });

const commentCall = (
  cookie: string | null,
  id: string,
  body: unknown,
  method = "POST",
) =>
  call(commentAction as Action, cookie, `/assessment/comments/${id}`, body, {
    method,
    params: { commentId: id },
  });

describe("written answers", () => {
  let session: Awaited<ReturnType<typeof candidateSession>>;
  beforeAll(async () => {
    session = await candidateSession();
    await acceptPolicy(session.cookie);
  });

  it("stores exactly what was typed, with a revision that moves on every save", async () => {
    const text =
      "Line one — with “quotes”, émojis 🚀 and  two spaces.\n\n  Indented\ttab\nlast line without newline  ";
    const first = await saveBody(session.cookie, {
      body: text,
      baseRevision: 0,
    });
    expect(first.status).toBe(200);
    const saved = await first.json();
    expect(saved).toEqual({ revision: 1, savedAt: expect.any(String) });

    const second = await saveBody(session.cookie, {
      body: `${text}\nmore`,
      baseRevision: 1,
    });
    expect(await second.json()).toMatchObject({ revision: 2 });

    const stored = await prisma.writtenAnswer.findUniqueOrThrow({
      where: {
        attemptId_questionKey: {
          attemptId: session.attemptId,
          questionKey: QUESTION,
        },
      },
    });
    expect(stored.body).toBe(`${text}\nmore`);
    expect(stored.revision).toBe(2);
  });

  it("refuses a save from a stale tab with 409 and both sides of the conflict", async () => {
    const response = await saveBody(session.cookie, {
      body: "typed in an old tab",
      baseRevision: 1,
    });
    expect(response.status).toBe(409);
    const { conflict } = await response.json();
    expect(conflict).toEqual({
      serverRevision: 2,
      serverValue: { body: expect.stringContaining("more") },
      serverSavedAt: expect.any(String),
    });
    const stored = await prisma.writtenAnswer.findFirstOrThrow({
      where: { attemptId: session.attemptId, questionKey: QUESTION },
    });
    expect(stored.body).not.toContain("old tab");
  });

  it("answers a retried save that already landed as saved, not as a conflict", async () => {
    const stored = await prisma.writtenAnswer.findFirstOrThrow({
      where: { attemptId: session.attemptId, questionKey: QUESTION },
    });
    const response = await saveBody(session.cookie, {
      body: stored.body,
      baseRevision: 1,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revision: 2 });
  });

  it("lets only one of two simultaneous saves on the same revision win", async () => {
    const results = await Promise.all(
      ["tab A", "tab B"].map((body) =>
        saveAnswer(
          {
            attemptId: session.attemptId,
            candidateId: session.candidate.id,
            code: session.candidate.code,
          },
          { questionKey: "first-90-days", body, baseRevision: 0 },
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
  });

  it("answers 404 for a question that is not in the attempt", async () => {
    const response = await saveBody(
      session.cookie,
      { body: "x", baseRevision: 0 },
      "not-a-question",
    );
    expect(response.status).toBe(404);
  });

  it("refuses an answer over the limit with 413 and a message that says the limit", async () => {
    const response = await saveBody(session.cookie, {
      body: "x".repeat(LIMITS.answerCharacters + 1),
      baseRevision: 2,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error:
        "An answer can be at most 30,000 characters; this one has 30,001. Shorten it and it will save again.",
      field: "body",
    });
  });

  it("refuses a request body over the byte limit before reading it as JSON", async () => {
    const response = await saveBody(
      session.cookie,
      `{"body":"${"é".repeat(LIMITS.requestBytes)}","baseRevision":2}`,
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than 256 KB/);
  });

  it("answers 400 with a reason for malformed saves", async () => {
    const notJson = await saveBody(session.cookie, "{body:");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({
      error: "The request is not valid JSON.",
    });
    const noRevision = await saveBody(session.cookie, { body: "x" });
    expect(noRevision.status).toBe(400);
    expect((await noRevision.json()).field).toBe("baseRevision");
  });

  it("shows the question without the panelists' guidance", async () => {
    const data = await questionLoader({
      request: new Request(
        `http://localhost/assessment/questions/${QUESTION}`,
        {
          headers: { Cookie: session.cookie },
        },
      ),
      params: { questionKey: QUESTION },
      context: {},
    });
    const text = JSON.stringify(data);
    expect(text).toContain("A decision you owned");
    expect(text).not.toContain("A strong answer");
    expect(text).not.toContain("decision_ownership");
  });
});

describe("who may save", () => {
  it("answers 401 without a candidate session, and with a forged one", async () => {
    const none = await saveBody(null, { body: "x", baseRevision: 0 });
    expect(none.status).toBe(401);
    expect((await none.json()).error).toMatch(/session has ended/);
    const forged = await saveBody("lb_candidate=forged.value", {
      body: "x",
      baseRevision: 0,
    });
    expect(forged.status).toBe(401);
  });

  it("answers 401 once the invitation is revoked", async () => {
    const session = await candidateSession();
    await acceptPolicy(session.cookie);
    await revokeInvitations(
      { id: session.manager.id, role: session.manager.role },
      session.candidate.id,
    );
    const response = await saveBody(session.cookie, {
      body: "x",
      baseRevision: 0,
    });
    expect(response.status).toBe(401);
  });

  it("sends an unknown, expired or revoked link to the same neutral page", async () => {
    const session = await candidateSession();
    const { token: expired } = await createInvitation({
      candidateId: session.candidate.id,
      expiresInDays: -1,
    });
    for (const token of ["nope", "a".repeat(43), expired]) {
      const thrown = await tokenLoader({
        request: new Request(`http://localhost/a/${token}`),
        params: { token },
        context: {},
      }).catch((error: unknown) => error);
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).headers.get("Location")).toBe(
        "/link-unavailable",
      );
    }
  });

  it("refuses saves until the policy is acknowledged", async () => {
    const session = await candidateSession();
    const response = await saveBody(session.cookie, {
      body: "x",
      baseRevision: 0,
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/policy/);
  });
});

describe("review comments and summary", () => {
  let session: Awaited<ReturnType<typeof candidateSession>>;
  const comment = {
    filePath: "src/routes/orders.ts",
    side: "AFTER",
    startLine: 9,
    endLine: 13,
    body: "Any signed-in user can read any customer's orders.",
    category: "security",
    severity: "critical",
  };
  beforeAll(async () => {
    session = await candidateSession();
    await acceptPolicy(session.cookie);
  });

  it("creates a comment under the id the browser chose; a retried creation makes no duplicate", async () => {
    const first = await commentCall(session.cookie, "comment-0001", {
      ...comment,
      baseRevision: 0,
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ revision: 1 });
    const retry = await commentCall(session.cookie, "comment-0001", {
      ...comment,
      baseRevision: 0,
    });
    expect(retry.status).toBe(200);
    expect(
      await prisma.reviewComment.count({
        where: { attemptId: session.attemptId },
      }),
    ).toBe(1);
    const stored = await prisma.reviewComment.findUniqueOrThrow({
      where: { id: "comment-0001" },
    });
    expect(stored).toMatchObject({ ...comment, revision: 1 });
  });

  it("refuses an edit based on an older revision", async () => {
    await commentCall(session.cookie, "comment-0001", {
      ...comment,
      body: "edited in tab A",
      baseRevision: 1,
    });
    const stale = await commentCall(session.cookie, "comment-0001", {
      ...comment,
      body: "edited in tab B",
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).conflict).toMatchObject({
      serverRevision: 2,
      serverValue: { body: "edited in tab A", startLine: 9 },
    });
  });

  it("refuses lines outside the file and files outside the pull request", async () => {
    const pastTheEnd = await commentCall(session.cookie, "comment-0002", {
      ...comment,
      startLine: 400,
      endLine: 401,
      baseRevision: 0,
    });
    expect(pastTheEnd.status).toBe(400);
    expect((await pastTheEnd.json()).error).toMatch(/has \d+ lines/);
    const noFile = await commentCall(session.cookie, "comment-0002", {
      ...comment,
      filePath: "src/secret.ts",
      baseRevision: 0,
    });
    expect(noFile.status).toBe(400);
    const badCategory = await commentCall(session.cookie, "comment-0002", {
      ...comment,
      category: "vibes",
      baseRevision: 0,
    });
    expect(badCategory.status).toBe(400);
  });

  it("answers 404 for another candidate's comment", async () => {
    const other = await candidateSession();
    await acceptPolicy(other.cookie);
    const response = await commentCall(other.cookie, "comment-0001", {
      ...comment,
      body: "hijack",
      baseRevision: 2,
    });
    expect(response.status).toBe(404);
    const deletion = await commentCall(
      other.cookie,
      "comment-0001",
      { baseRevision: 2 },
      "DELETE",
    );
    expect(deletion.status).toBe(404);
  });

  it("deletes only the revision the browser saw, and deleting twice is fine", async () => {
    const stale = await commentCall(
      session.cookie,
      "comment-0001",
      { baseRevision: 1 },
      "DELETE",
    );
    expect(stale.status).toBe(409);
    const deleted = await commentCall(
      session.cookie,
      "comment-0001",
      { baseRevision: 2 },
      "DELETE",
    );
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ deleted: true });
    const again = await commentCall(
      session.cookie,
      "comment-0001",
      { baseRevision: 2 },
      "DELETE",
    );
    expect(again.status).toBe(200);
  });

  it("saves the summary and its verdict with revisions", async () => {
    const first = await call(
      summaryAction as Action,
      session.cookie,
      "/assessment/summary",
      {
        verdict: "REQUEST_CHANGES",
        body: "Blocking: the ownership check.",
        baseRevision: 0,
      },
    );
    expect(await first.json()).toMatchObject({ revision: 1 });
    const stale = await call(
      summaryAction as Action,
      session.cookie,
      "/assessment/summary",
      {
        verdict: "APPROVE",
        body: "LGTM",
        baseRevision: 0,
      },
    );
    expect(stale.status).toBe(409);
    const badVerdict = await call(
      summaryAction as Action,
      session.cookie,
      "/assessment/summary",
      {
        verdict: "SHIP_IT",
        body: "",
        baseRevision: 1,
      },
    );
    expect(badVerdict.status).toBe(400);
  });

  it("never sends the defect manifest to the candidate's review page", async () => {
    const data = await reviewLoader({
      request: new Request("http://localhost/assessment/review", {
        headers: { Cookie: session.cookie },
      }),
      params: {},
      context: {},
    });
    const exercise = await getExercise("order-history", 1);
    const text = JSON.stringify(data);
    expect(text).toContain("Add order history endpoint");
    for (const defect of exercise?.defects ?? []) {
      expect(text).not.toContain(defect.id);
      expect(text).not.toContain(defect.finding.slice(0, 40));
    }
  });
});

describe("activity and submission", () => {
  let session: Awaited<ReturnType<typeof candidateSession>>;
  beforeAll(async () => {
    session = await candidateSession();
    await acceptPolicy(session.cookie);
    await prisma.attempt.update({
      where: { id: session.attemptId },
      data: { lastActivityAt: new Date(Date.now() - 10 * 60 * 1000) },
    });
  });

  const activity = (body: unknown) =>
    call(
      activityAction as Action,
      session.cookie,
      "/assessment/activity",
      body,
    );

  it("adds active time, capped per report, and counts pastes", async () => {
    const response = await activity({
      activeSeconds: 5000,
      pasteCount: 2,
      pasteCharacters: 340,
    });
    expect(response.status).toBe(204);
    const attempt = await prisma.attempt.findUniqueOrThrow({
      where: { id: session.attemptId },
    });
    expect(attempt.activeSeconds).toBe(60);
    expect(attempt.pasteCount).toBe(2);
    expect(attempt.pasteCharacters).toBe(340);
    // A second tab reporting right after cannot add another full minute.
    await activity({ activeSeconds: 30, pasteCount: 0, pasteCharacters: 0 });
    const after = await prisma.attempt.findUniqueOrThrow({
      where: { id: session.attemptId },
    });
    expect(after.activeSeconds).toBeLessThanOrEqual(60 + 6);
  });

  async function submit() {
    const body = new FormData();
    body.set("confirm", "yes");
    return submitAction({
      request: new Request("http://localhost/assessment/submit", {
        method: "POST",
        body,
        headers: { Cookie: session.cookie },
      }),
      params: {},
      context: {},
    }).catch((thrown: unknown) => thrown);
  }

  it("asks for the explicit confirmation", async () => {
    const response = (await submitAction({
      request: new Request("http://localhost/assessment/submit", {
        method: "POST",
        body: new FormData(),
        headers: { Cookie: session.cookie },
      }),
      params: {},
      context: {},
    })) as unknown as {
      init: { status: number };
      data: { result: { error: Record<string, string[]> } };
    };
    expect(response.init.status).toBe(400);
    expect(response.data.result.error.confirm).toEqual([
      "Tick the box to confirm you want to submit.",
    ]);
  });

  it("submits once; submitting again answers the first submission", async () => {
    await saveBody(session.cookie, { body: "Final answer.", baseRevision: 0 });
    const first = await submit();
    expect((first as Response).headers.get("Location")).toBe("/assessment");
    const { submittedAt } = await prisma.attempt.findUniqueOrThrow({
      where: { id: session.attemptId },
    });
    expect(submittedAt).not.toBeNull();
    const second = await submit();
    expect((second as Response).headers.get("Location")).toBe("/assessment");
    const after = await prisma.attempt.findUniqueOrThrow({
      where: { id: session.attemptId },
    });
    expect(after.submittedAt).toEqual(submittedAt);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: session.attemptId, action: "attempt.submit" },
      }),
    ).toBe(1);
  });

  it("refuses every save after submission with 410 and a clear message", async () => {
    const answer = await saveBody(session.cookie, {
      body: "Final answer, one more thought",
      baseRevision: 1,
    });
    expect(answer.status).toBe(410);
    expect(await answer.json()).toEqual({
      closed: true,
      error: expect.stringMatching(/submitted, so it can't be changed/),
    });
    const comment = await commentCall(session.cookie, "comment-late", {
      filePath: "src/routes/orders.ts",
      side: "AFTER",
      startLine: 1,
      endLine: 1,
      body: "late",
      category: null,
      severity: null,
      baseRevision: 0,
    });
    expect(comment.status).toBe(410);
    const stored = await prisma.writtenAnswer.findFirstOrThrow({
      where: { attemptId: session.attemptId, questionKey: QUESTION },
    });
    expect(stored.body).toBe("Final answer.");
  });

  it("ignores activity reported after submission", async () => {
    const before = await prisma.attempt.findUniqueOrThrow({
      where: { id: session.attemptId },
    });
    const response = await activity({
      activeSeconds: 30,
      pasteCount: 1,
      pasteCharacters: 10,
    });
    expect(response.status).toBe(204);
    const after = await prisma.attempt.findUniqueOrThrow({
      where: { id: session.attemptId },
    });
    expect(after.activeSeconds).toBe(before.activeSeconds);
    expect(after.pasteCount).toBe(before.pasteCount);
  });
});

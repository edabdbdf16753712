import { describe, expect, it } from "vitest";
import { prisma } from "#app/services/db.server";
import { getCandidateContext } from "#app/services/candidate-session.server";
import { issueInvitation } from "#app/services/invitations/issue-invitation.server";
import { openInvitation } from "#app/services/invitations/open-invitation.server";
import { revokeInvitations } from "#app/services/invitations/revoke-invitations.server";
import {
  createCandidate,
  createInvitation,
  createOpening,
  createStaffUser,
} from "../../../seed/factories";
import { requestWith } from "./helpers";

async function candidateWithManager() {
  const manager = await createStaffUser({ role: "HIRING_MANAGER" });
  const opening = await createOpening({ hiringManagerId: manager.id });
  const candidate = await createCandidate({ openingId: opening.id });
  return { manager, opening, candidate };
}

function cookieOf(opened: Awaited<ReturnType<typeof openInvitation>>): string {
  if (opened.status !== "ok") throw new Error("invitation did not open");
  return opened.headers.get("Set-Cookie")!.split(";")[0]!;
}

describe("invitations", () => {
  it("store only a hash of the token and open a session scoped to one attempt", async () => {
    const { manager, candidate } = await candidateWithManager();
    const { token } = await issueInvitation(manager, candidate.id);
    const stored = await prisma.invitation.findFirstOrThrow({
      where: { candidateId: candidate.id },
    });
    expect(stored.tokenHash).not.toContain(token);
    const opened = await openInvitation(token);
    const context = await getCandidateContext(
      requestWith("/assessment", cookieOf(opened)),
    );
    const attempt = await prisma.attempt.findUniqueOrThrow({
      where: { candidateId: candidate.id },
    });
    expect(context).toEqual({
      attemptId: attempt.id,
      candidateId: candidate.id,
      code: candidate.code,
    });
    expect(attempt.questionSetKey).toBe("tech-lead-default");
  });

  it("refuse expired, revoked and unknown tokens alike", async () => {
    const { candidate } = await candidateWithManager();
    const expired = await createInvitation({
      candidateId: candidate.id,
      expiresInDays: -1,
    });
    const revoked = await createInvitation({
      candidateId: candidate.id,
      revoked: true,
    });
    expect(await openInvitation(expired.token)).toEqual({
      status: "unavailable",
    });
    expect(await openInvitation(revoked.token)).toEqual({
      status: "unavailable",
    });
    expect(await openInvitation("x".repeat(43))).toEqual({
      status: "unavailable",
    });
    expect(await openInvitation("../../etc")).toEqual({
      status: "unavailable",
    });
  });

  it("re-issue: the new link works, the old one stops", async () => {
    const { manager, candidate } = await candidateWithManager();
    const first = await issueInvitation(manager, candidate.id);
    const firstSession = cookieOf(await openInvitation(first.token));
    const second = await issueInvitation(manager, candidate.id);
    expect(await openInvitation(first.token)).toEqual({
      status: "unavailable",
    });
    expect(
      await getCandidateContext(requestWith("/assessment", firstSession)),
    ).toBeNull();
    const opened = await openInvitation(second.token);
    expect(opened.status).toBe("ok");
    // One attempt per candidate, whichever link opened it.
    expect(
      await prisma.attempt.count({ where: { candidateId: candidate.id } }),
    ).toBe(1);
  });

  it("revoke ends the candidate's open sessions too", async () => {
    const { manager, candidate } = await candidateWithManager();
    const { token } = await issueInvitation(manager, candidate.id);
    const cookie = cookieOf(await openInvitation(token));
    await revokeInvitations(manager, candidate.id);
    expect(
      await getCandidateContext(requestWith("/assessment", cookie)),
    ).toBeNull();
    expect(await openInvitation(token)).toEqual({ status: "unavailable" });
  });

  it("an expired invitation ends the candidate sessions it opened", async () => {
    const { manager, candidate } = await candidateWithManager();
    const { token, id } = await issueInvitation(manager, candidate.id);
    const cookie = cookieOf(await openInvitation(token));
    const request = () => requestWith("/assessment", cookie);
    expect(await getCandidateContext(request())).not.toBeNull();
    await prisma.invitation.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await getCandidateContext(request())).toBeNull();
  });

  it("a candidate session cannot reach another candidate's attempt", async () => {
    const { manager, opening, candidate } = await candidateWithManager();
    const other = await createCandidate({ openingId: opening.id });
    const mine = cookieOf(
      await openInvitation(
        (await issueInvitation(manager, candidate.id)).token,
      ),
    );
    const theirs = cookieOf(
      await openInvitation((await issueInvitation(manager, other.id)).token),
    );
    const myContext = await getCandidateContext(
      requestWith("/assessment", mine),
    );
    const theirContext = await getCandidateContext(
      requestWith("/assessment", theirs),
    );
    expect(myContext?.attemptId).toBeDefined();
    expect(myContext?.attemptId).not.toBe(theirContext?.attemptId);
    // A forged cookie value is rejected by the signature, not looked up.
    const forged = `lb_candidate=${encodeURIComponent(JSON.stringify(theirContext?.attemptId))}`;
    expect(
      await getCandidateContext(requestWith("/assessment", forged)),
    ).toBeNull();
  });
});

describe("opening a link twice at once", () => {
  it("finds one attempt, not an error", async () => {
    const { manager, candidate } = await candidateWithManager();
    const { token } = await issueInvitation(manager, candidate.id);
    const results = await Promise.all([
      openInvitation(token),
      openInvitation(token),
    ]);
    expect(results.map((result) => result.status)).toEqual(["ok", "ok"]);
    expect(
      await prisma.attempt.count({ where: { candidateId: candidate.id } }),
    ).toBe(1);
  });
});

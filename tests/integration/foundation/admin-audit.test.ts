import { describe, expect, it } from "vitest";
import { prisma } from "#app/services/db.server";
import { addCandidates } from "#app/services/candidates/add-candidates.server";
import { setPanel } from "#app/services/candidates/set-panel.server";
import { issueInvitation } from "#app/services/invitations/issue-invitation.server";
import { revokeInvitations } from "#app/services/invitations/revoke-invitations.server";
import {
  createOpening as createOpeningService,
  updateOpening,
} from "#app/services/openings.server";
import { createStaff, updateStaff } from "#app/services/staff.server";
import { DEFAULT_CONTENT, createStaffUser } from "../../../seed/factories";

const openingInput = (hiringManagerId: string) => ({
  title: "Tech lead, search",
  teamSize: 6,
  seniorityMix: "3 senior, 3 mid",
  codingSharePercent: 40,
  mainChallenge: "Rebuild the indexing pipeline without downtime.",
  targetLevel: "TL6" as const,
  hiringManagerId,
  ...DEFAULT_CONTENT,
});

async function actions(entityId: string) {
  const events = await prisma.auditEvent.findMany({
    where: { entityId },
    orderBy: { createdAt: "asc" },
  });
  return events.map((event) => event.action);
}

describe("admin mutations are audited", () => {
  it("opening create and update keep before and after", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const manager = await createStaffUser({ role: "HIRING_MANAGER" });
    const opening = await createOpeningService(admin, openingInput(manager.id));
    await updateOpening(admin, opening.id, {
      ...openingInput(manager.id),
      teamSize: 7,
    });
    const update = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: opening.id, action: "opening.update" },
    });
    expect(update.actorId).toBe(admin.id);
    expect(update.before).toMatchObject({ teamSize: 6 });
    expect(update.after).toMatchObject({ teamSize: 7 });
    expect(await actions(opening.id)).toEqual([
      "opening.create",
      "opening.update",
    ]);
  });

  it("a hiring manager cannot manage someone else's opening (404)", async () => {
    const manager = await createStaffUser({ role: "HIRING_MANAGER" });
    const other = await createStaffUser({ role: "HIRING_MANAGER" });
    const opening = await createOpeningService(
      manager,
      openingInput(manager.id),
    );
    await expect(
      updateOpening(other, opening.id, openingInput(other.id)),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      addCandidates(other, opening.id, [{ name: "X", email: "x@example.com" }]),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it("candidates, invitations and panels leave a trail", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const panelist = await createStaffUser({ role: "PANELIST" });
    const opening = await createOpeningService(admin, openingInput(admin.id));
    const [candidate] = await addCandidates(admin, opening.id, [
      { name: "Ana Lima", email: "Ana@Example.com" },
    ]);
    await issueInvitation(admin, candidate!.id);
    await issueInvitation(admin, candidate!.id);
    await revokeInvitations(admin, candidate!.id);
    await setPanel(admin, candidate!.id, [panelist.id]);
    expect(await actions(candidate!.id)).toEqual([
      "candidate.create",
      "invitation.issue",
      "invitation.reissue",
      "invitation.revoke",
      "candidate.panel",
    ]);
    await expect(
      addCandidates(admin, opening.id, [
        { name: "Ana again", email: "ana@example.com" },
      ]),
    ).rejects.toThrow(/Already a candidate/);
  });

  it("staff changes are audited and deactivation signs the person out", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const created = await createStaff(admin, {
      name: "New Panelist",
      email: "new.panelist@example.com",
      role: "PANELIST",
      password: "a long enough password",
    });
    await prisma.session.create({
      data: {
        id: "s1",
        userId: created.id,
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    await updateStaff(admin, created.id, { active: false });
    expect(await prisma.session.count({ where: { userId: created.id } })).toBe(
      0,
    );
    expect(await actions(created.id)).toEqual(["staff.create", "staff.update"]);
    await expect(
      updateStaff(admin, admin.id, { active: false }),
    ).rejects.toThrow(/cannot demote or deactivate yourself/);
  });
});

describe("opening rules", () => {
  it("refuses a hiring manager who is not one", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const panelist = await createStaffUser({ role: "PANELIST" });
    await expect(
      createOpeningService(admin, openingInput(panelist.id)),
    ).rejects.toMatchObject({
      field: "hiringManagerId",
    });
    await expect(
      createOpeningService(admin, openingInput("no-such-user")),
    ).rejects.toThrow(/Choose an active hiring manager/);
  });

  it("keeps the content fixed once a candidate has started", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const opening = await createOpeningService(admin, openingInput(admin.id));
    const [candidate] = await addCandidates(admin, opening.id, [
      { name: "Ana", email: "ana@example.com" },
    ]);
    await updateOpening(admin, opening.id, {
      ...openingInput(admin.id),
      exerciseKey: "team-dashboard",
    });
    await prisma.attempt.create({
      data: {
        candidateId: candidate!.id,
        questionSetKey: "tech-lead-default",
        questionSetVersion: 1,
        exerciseKey: "team-dashboard",
        exerciseVersion: 1,
      },
    });
    await expect(
      updateOpening(admin, opening.id, {
        ...openingInput(admin.id),
        exerciseKey: "order-history",
      }),
    ).rejects.toThrow(/can no longer change/);
    // Team context may still change.
    await updateOpening(admin, opening.id, {
      ...openingInput(admin.id),
      exerciseKey: "team-dashboard",
      teamSize: 9,
    });
    expect(
      (await prisma.opening.findUniqueOrThrow({ where: { id: opening.id } }))
        .teamSize,
    ).toBe(9);
  });

  it("acts only on candidates of the opening in the address", async () => {
    const { action } =
      await import("#app/routes/admin.openings.$openingId._index");
    const { startSession } = await import("#app/services/auth.server");
    const admin = await createStaffUser({ role: "ADMIN" });
    const first = await createOpeningService(admin, openingInput(admin.id));
    const second = await createOpeningService(admin, {
      ...openingInput(admin.id),
      title: "Second",
    });
    const [other] = await addCandidates(admin, second.id, [
      { name: "Bo", email: "bo@example.com" },
    ]);
    const session = await startSession(
      admin,
      new Request("http://localhost/login"),
    );
    const cookie = session.headers.get("Set-Cookie")!.split(";")[0]!;
    const request = new Request(`http://localhost/admin/openings/${first.id}`, {
      method: "POST",
      headers: { Cookie: cookie },
      body: new URLSearchParams({
        intent: "issue-invite",
        candidateId: other!.id,
      }),
    });
    const response = await action({
      request,
      params: { openingId: first.id },
      context: {},
    }).catch((thrown: unknown) => thrown);
    expect((response as Response).status).toBe(404);
    expect(
      await prisma.invitation.count({ where: { candidateId: other!.id } }),
    ).toBe(0);
  });
});

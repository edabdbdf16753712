import { describe, expect, it } from "vitest";
import { prisma } from "#app/services/db.server";
import { addCandidates, setPanel } from "#app/services/candidates.server";
import {
  issueInvitation,
  revokeInvitations,
} from "#app/services/invitations.server";
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

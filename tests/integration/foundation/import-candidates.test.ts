// A pasted list adds what it can: every valid line becomes a candidate, and each other line
// (malformed, twice in the list, already a candidate) is reported and kept for correction.
import { describe, expect, it } from "vitest";
import { importCandidates } from "#app/services/candidates/import-candidates.server";
import { prisma } from "#app/services/db.server";
import {
  createCandidate,
  createOpening,
  createStaffUser,
} from "../../../seed/factories";

describe("importing a pasted list", () => {
  it("adds the valid lines and keeps the others, each with its reason", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const opening = await createOpening({ hiringManagerId: admin.id });
    await createCandidate({
      openingId: opening.id,
      name: "Already Here",
      email: "here@example.com",
    });
    const paste = [
      "name,email",
      "Ines Duarte,ines@example.com",
      "broken line without email",
      "Already Again,HERE@example.com",
      "Omar Said,omar@example.com",
      "Omar Twice,omar@example.com",
    ].join("\n");

    const outcome = await importCandidates(admin, opening.id, paste);

    expect(outcome.added.map((candidate) => candidate.name)).toEqual([
      "Ines Duarte",
      "Omar Said",
    ]);
    expect(outcome.problems).toEqual([
      { line: 3, message: '"" is not an email address' },
      {
        line: 4,
        message: "here@example.com is already a candidate for this opening",
      },
      { line: 6, message: "omar@example.com appears twice in the list" },
    ]);
    expect(outcome.unadded).toBe(
      "broken line without email\nAlready Again,HERE@example.com\nOmar Twice,omar@example.com",
    );
    const stored = await prisma.candidate.findMany({
      where: { openingId: opening.id },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    expect(stored.map((candidate) => candidate.email)).toEqual([
      "here@example.com",
      "ines@example.com",
      "omar@example.com",
    ]);
    // Each addition is audited, as one by one.
    expect(
      await prisma.auditEvent.count({
        where: { action: "candidate.create", actorId: admin.id },
      }),
    ).toBe(2);
  });

  it("adds nothing from a list of problems, and keeps all of it", async () => {
    const admin = await createStaffUser({ role: "ADMIN" });
    const opening = await createOpening({ hiringManagerId: admin.id });
    const outcome = await importCandidates(
      admin,
      opening.id,
      "no email here\nA,not-an-email",
    );
    expect(outcome.added).toEqual([]);
    expect(outcome.unadded).toBe("no email here\nA,not-an-email");
    expect(
      await prisma.candidate.count({ where: { openingId: opening.id } }),
    ).toBe(0);
  });
});

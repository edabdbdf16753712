// Adds candidates to an opening, all or nothing, refusing any already there; the app's one way a
// candidate record is created (the pasted list goes through createCandidates too).
import type { CandidateRow } from "#app/domain/candidate-csv";
import type { Actor } from "#app/domain/roles";
import { UserFacingError } from "#app/utils/errors";
import { generateCandidateCode } from "#app/utils/tokens.server";
import { recordAudit } from "../audit.server";
import { prisma } from "../db.server";
import { requireManagedOpening } from "../openings.server";

/** Candidate codes are unique; retry on the rare collision rather than fail the admin. */
async function uniqueCode(): Promise<string> {
  for (let tries = 0; tries < 10; tries++) {
    const code = generateCandidateCode();
    const taken = await prisma.candidate.findUnique({
      where: { code },
      select: { id: true },
    });
    if (!taken) return code;
  }
  throw new Error("Could not find a free candidate code");
}

export async function addCandidates(
  actor: Actor,
  openingId: string,
  rows: Omit<CandidateRow, "line">[],
) {
  await requireManagedOpening(actor, openingId);
  const emails = rows.map((row) => row.email.toLowerCase());
  const existing = await prisma.candidate.findMany({
    where: { openingId, email: { in: emails } },
    select: { email: true },
  });
  if (existing.length) {
    throw new UserFacingError(
      `Already a candidate for this opening: ${existing.map((candidate) => candidate.email).join(", ")}`,
      "email",
    );
  }
  return createCandidates(actor, openingId, rows);
}

/**
 * Creates the candidates, audited, all or nothing, once the caller has checked the opening and
 * that none of the emails is already a candidate there (addCandidates refuses them; the
 * pasted list reports them line by line).
 */
export async function createCandidates(
  actor: Actor,
  openingId: string,
  rows: Omit<CandidateRow, "line">[],
) {
  const codes: string[] = [];
  for (const _row of rows) codes.push(await uniqueCode());
  // All or nothing, and an email added meanwhile by someone else surfaces as a form error.
  return prisma
    .$transaction(
      async (tx) => {
        const created = [];
        for (const [index, row] of rows.entries()) {
          const candidate = await tx.candidate.create({
            data: {
              openingId,
              name: row.name.trim(),
              email: row.email.toLowerCase(),
              code: codes[index]!,
            },
            select: { id: true, code: true, name: true, email: true },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "candidate.create",
            entityType: "Candidate",
            entityId: candidate.id,
            after: {
              openingId,
              name: candidate.name,
              email: candidate.email,
              code: candidate.code,
            },
          });
          created.push(candidate);
        }
        return created;
      },
      { timeout: 60_000 },
    )
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") {
        throw new UserFacingError(
          "Someone added one of these candidates meanwhile; reload and try again.",
          "email",
        );
      }
      throw error;
    });
}

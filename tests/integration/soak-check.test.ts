// The soak's verdict can fail: saves acknowledged through the real autosave service, read back
// the way the soak reads the database, are all found; a deliberately dropped or rolled-back one
// is reported lost or stale.
import { describe, expect, it } from "vitest";
import { saveAnswer } from "#app/services/assessment/save-answer.server";
import { prisma } from "#app/services/db.server";
import {
  answerKey,
  checkSaves,
  readStoredSaves,
  type SoakLedger,
} from "../../scripts/lib/soak-check.ts";
import {
  createAttempt,
  createCandidate,
  createOpening,
  createStaffUser,
} from "../../seed/factories";

const QUESTIONS = [
  "architecture-decision",
  "first-90-days",
  "regretted-decision",
];

const readDatabase = () =>
  readStoredSaves((sql) =>
    prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql),
  );

async function acknowledgedSaves() {
  const manager = await createStaffUser({ role: "HIRING_MANAGER" });
  const opening = await createOpening({ hiringManagerId: manager.id });
  const candidate = await createCandidate({ openingId: opening.id });
  const attempt = await createAttempt({
    candidateId: candidate.id,
    startedAt: new Date(),
  });
  const context = {
    attemptId: attempt.id,
    candidateId: candidate.id,
    code: candidate.code,
  };
  const ledger: SoakLedger = { acknowledged: new Map(), unanswered: new Map() };
  for (const questionKey of QUESTIONS) {
    let revision = 0;
    for (const draft of ["first", "second"]) {
      const body = `${draft} draft of ${questionKey}`;
      const result = await saveAnswer(context, {
        questionKey,
        body,
        baseRevision: revision,
      });
      if (result.status !== "saved")
        throw new Error(`save answered ${result.status}`);
      revision = result.revision;
      ledger.acknowledged.set(answerKey(attempt.id, questionKey), {
        revision,
        body,
      });
    }
  }
  return { attemptId: attempt.id, ledger };
}

describe("the soak's lost and stale check", () => {
  it("finds every acknowledged save in the database", async () => {
    const { ledger } = await acknowledgedSaves();
    expect(checkSaves(ledger, await readDatabase())).toEqual({
      lost: [],
      stale: [],
    });
  });

  it("reports an acknowledged save the database dropped as lost", async () => {
    const { attemptId, ledger } = await acknowledgedSaves();
    await prisma.writtenAnswer.delete({
      where: {
        attemptId_questionKey: { attemptId, questionKey: "first-90-days" },
      },
    });
    expect(checkSaves(ledger, await readDatabase())).toEqual({
      lost: [answerKey(attemptId, "first-90-days")],
      stale: [],
    });
  });

  it("reports a record holding older text than its last acknowledged save as stale", async () => {
    const { attemptId, ledger } = await acknowledgedSaves();
    await prisma.writtenAnswer.update({
      where: {
        attemptId_questionKey: { attemptId, questionKey: "regretted-decision" },
      },
      data: { body: "first draft of regretted-decision" },
    });
    expect(checkSaves(ledger, await readDatabase())).toEqual({
      lost: [],
      stale: [answerKey(attemptId, "regretted-decision")],
    });
  });
});

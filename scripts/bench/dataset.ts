// The benchmark's data set, built with the seed factories on the database DATABASE_URL names,
// before the server starts (on PGlite only one process may open the folder). It holds the demo
// data, a scored opening of 200 candidates × 6 panelists for the comparison, a seventh panelist
// with drafts to write, and an opening of candidates mid-assessment whose invite links the
// benchmark opens, one candidate session per load-generator connection.
//
//   DATABASE_URL=… npx tsx scripts/bench/dataset.ts OUT.json [--candidates=200] [--writing-only]
// --writing-only skips the scored opening (the soak needs only candidates mid-assessment).
import { writeFileSync } from "node:fs";
import {
  getExercise,
  getQuestionSet,
  getRubric,
} from "#app/services/content.server";
import { disconnectDatabase, prisma } from "#app/services/db.server";
import {
  createAttempt,
  createCandidate,
  createInvitation,
  createOpening,
  createStaffUser,
  DEFAULT_CONTENT,
} from "../../seed/factories";
import { DEMO_PASSWORD, loadDemoData } from "../../seed/demo/load";

export type BenchDataset = {
  password: string;
  admin: string;
  comparisonOpeningId: string;
  scorer: string;
  scoringCandidateIds: string[];
  scoreFields: string[];
  candidateTokens: string[];
  /** The attempt behind each token, in the same order. */
  candidateAttemptIds: string[];
  questionKeys: string[];
  commentAnchor: { filePath: string; startLine: number; endLine: number };
};

const PANELISTS = 6;
const HOUR_MS = 60 * 60 * 1000;

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("Usage: dataset.ts OUT.json [--candidates=N]");
  const count = Number(
    /--candidates=(\d+)/.exec(process.argv.join(" "))?.[1] ?? 200,
  );
  const scoredCount = process.argv.includes("--writing-only") ? 0 : count;
  await loadDemoData();
  const rubric = await getRubric(
    DEFAULT_CONTENT.rubricKey,
    DEFAULT_CONTENT.rubricVersion,
  );
  const exercise = await getExercise(
    DEFAULT_CONTENT.exerciseKey,
    DEFAULT_CONTENT.exerciseVersion,
  );
  if (!rubric || !exercise) throw new Error("Default content is missing");
  const criteria = rubric.dimensions.flatMap((dimension) =>
    dimension.criteria.map((criterion) => ({
      dimension: dimension.key,
      key: criterion.key,
    })),
  );

  const manager = await createStaffUser({
    role: "HIRING_MANAGER",
    password: DEMO_PASSWORD,
  });
  const panelists = await Promise.all(
    Array.from({ length: PANELISTS }, () =>
      createStaffUser({ role: "PANELIST", password: DEMO_PASSWORD }),
    ),
  );
  const scorer = await createStaffUser({
    role: "PANELIST",
    password: DEMO_PASSWORD,
  });

  // The scored opening: every candidate submitted and scored by all six panelists, each
  // panelist with a harshness of their own so the calibration has something to correct.
  const scored = await createOpening({
    hiringManagerId: manager.id,
    title: `Bench: ${count} candidates × ${PANELISTS} panelists`,
  });
  const scoringCandidateIds: string[] = [];
  for (let index = 0; index < scoredCount; index += 1) {
    const candidate = await createCandidate({ openingId: scored.id });
    scoringCandidateIds.push(candidate.id);
    const startedAt = new Date(Date.now() - 72 * HOUR_MS);
    await createAttempt({
      candidateId: candidate.id,
      startedAt,
      submittedAt: new Date(startedAt.getTime() + 20 * HOUR_MS),
      activeSeconds: 5400,
    });
    await prisma.panelAssignment.createMany({
      data: [...panelists, scorer].map((panelist) => ({
        candidateId: candidate.id,
        panelistId: panelist.id,
        assignedById: manager.id,
      })),
    });
    const cards = panelists.map((panelist, p) => ({
      id: `bench-${index}-${p}-${candidate.id}`,
      candidateId: candidate.id,
      panelistId: panelist.id,
      rubricKey: rubric.key,
      rubricVersion: rubric.version,
      status: "SUBMITTED" as const,
      submittedAt: new Date(),
      recommendation: "YES" as const,
      summary: "Bench scorecard.",
    }));
    await prisma.scorecard.createMany({ data: cards });
    await prisma.criterionScore.createMany({
      data: cards.flatMap((card, p) =>
        criteria.map((criterion, c) => ({
          scorecardId: card.id,
          dimension: criterion.dimension,
          criterionKey: criterion.key,
          score: 1 + ((index + c + p) % 4),
          evidence: "",
        })),
      ),
    });
  }

  // Candidates mid-assessment: policy accepted, nothing submitted, a link each.
  const writing = await createOpening({
    hiringManagerId: manager.id,
    title: "Bench: candidates writing",
  });
  const candidateTokens: string[] = [];
  const candidateAttemptIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const candidate = await createCandidate({ openingId: writing.id });
    const attempt = await createAttempt({
      candidateId: candidate.id,
      startedAt: new Date(),
    });
    candidateAttemptIds.push(attempt.id);
    candidateTokens.push(
      (await createInvitation({ candidateId: candidate.id })).token,
    );
  }

  const questionSet = await getQuestionSet(
    DEFAULT_CONTENT.questionSetKey,
    DEFAULT_CONTENT.questionSetVersion,
  );
  const defect = exercise.defects[0];
  if (!questionSet || !defect) throw new Error("Default content is missing");
  const dataset: BenchDataset = {
    password: DEMO_PASSWORD,
    admin: "admin@leadbench.test",
    comparisonOpeningId: scored.id,
    scorer: scorer.email,
    scoringCandidateIds,
    scoreFields: criteria.map((criterion) => `score.${criterion.key}`),
    candidateTokens,
    candidateAttemptIds,
    questionKeys: questionSet.questions.map((question) => question.key),
    commentAnchor: {
      filePath: defect.file,
      startLine: defect.startLine,
      endLine: defect.startLine,
    },
  };
  writeFileSync(out, JSON.stringify(dataset));
  await disconnectDatabase();
}

await main();

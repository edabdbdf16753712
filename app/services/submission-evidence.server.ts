// What a candidate submitted, read once for every staff view of it (the panelist's scoring
// page and the hiring manager's submission view): the written answers beside their questions,
// the PR review with its comments and summary, the shared reading of the review (findings with
// reasons and prioritisation), and time and paste as context.
import { defectFindings } from "#app/domain/defect-findings";
import type { DefectOverride } from "#app/domain/defect-matcher";
import { reviewEvidence } from "#app/domain/review-evidence";
import { getExercise, getQuestionSet } from "./content.server";
import { prisma } from "./db.server";
import {
  reviewCommentOrder,
  reviewCommentSelect,
} from "./review-comments.server";

/** The attempt fields every staff view of a submission reads: select it, never list them again. */
export const submittedAttemptSelect = {
  id: true,
  startedAt: true,
  submittedAt: true,
  activeSeconds: true,
  pasteCount: true,
  pasteCharacters: true,
  questionSetKey: true,
  questionSetVersion: true,
  exerciseKey: true,
  exerciseVersion: true,
} as const;

export type SubmittedAttempt = {
  id: string;
  startedAt: Date | null;
  submittedAt: Date;
  activeSeconds: number;
  pasteCount: number;
  pasteCharacters: number;
  questionSetKey: string;
  questionSetVersion: number;
  exerciseKey: string;
  exerciseVersion: number;
};

export async function exerciseForAttempt(attempt: {
  exerciseKey: string;
  exerciseVersion: number;
}) {
  const exercise = await getExercise(
    attempt.exerciseKey,
    attempt.exerciseVersion,
  );
  if (!exercise) {
    throw new Error(
      `Exercise ${attempt.exerciseKey} v${attempt.exerciseVersion} is missing from seed/exercises/`,
    );
  }
  return exercise;
}

export async function loadSubmissionEvidence(
  attempt: SubmittedAttempt,
  overrides: readonly DefectOverride[],
) {
  const [answers, comments, reviewSummary, questionSet, exercise] =
    await Promise.all([
      prisma.writtenAnswer.findMany({
        where: { attemptId: attempt.id },
        select: { questionKey: true, body: true },
      }),
      prisma.reviewComment.findMany({
        where: { attemptId: attempt.id },
        orderBy: reviewCommentOrder,
        select: reviewCommentSelect,
      }),
      prisma.reviewSummary.findUnique({
        where: { attemptId: attempt.id },
        select: { verdict: true, body: true },
      }),
      getQuestionSet(attempt.questionSetKey, attempt.questionSetVersion),
      exerciseForAttempt(attempt),
    ]);
  if (!questionSet) {
    throw new Error(
      `Question set ${attempt.questionSetKey} v${attempt.questionSetVersion} is missing from seed/questions/`,
    );
  }

  const reviewComments = comments.map((comment, index) => ({
    ...comment,
    number: index + 1,
    side: comment.side === "BEFORE" ? ("before" as const) : ("after" as const),
  }));
  const evidence = reviewEvidence(
    exercise.defects,
    {
      comments: reviewComments.map((comment) => ({
        id: comment.id,
        file: comment.filePath,
        side: comment.side,
        startLine: comment.startLine,
        endLine: comment.endLine,
        body: comment.body,
        category: comment.category,
        severity: comment.severity,
      })),
      summary: reviewSummary?.body,
    },
    overrides,
  );
  const answerByQuestion = new Map(answers.map((a) => [a.questionKey, a.body]));

  return {
    signals: {
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      activeSeconds: attempt.activeSeconds,
      pasteCount: attempt.pasteCount,
      pasteCharacters: attempt.pasteCharacters,
    },
    questions: questionSet.questions.map((question) => ({
      key: question.key,
      title: question.title,
      prompt: question.prompt,
      guidance: question.guidance,
      criteria: question.criteria,
      words: question.words,
      answer: answerByQuestion.get(question.key) ?? null,
    })),
    review: {
      title: exercise.title,
      description: exercise.description,
      author: exercise.author,
      files: exercise.files,
      comments: reviewComments,
      summary: reviewSummary,
    },
    defects: defectFindings(exercise.defects, evidence.findings),
    priorities: evidence.priorities,
    exercise,
  };
}

export type SubmissionEvidence = Awaited<
  ReturnType<typeof loadSubmissionEvidence>
>;

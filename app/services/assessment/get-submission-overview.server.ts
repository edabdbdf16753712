// The review-and-submit step: what is there, what is missing, and whether it is sent.
import { compareComments } from "#app/domain/review";
import { submissionChecklist } from "#app/domain/submission";
import type { CandidateContext } from "../candidate-session.server";
import { prisma } from "../db.server";
import { reviewCommentSelect } from "../review-comments.server";
import {
  exerciseOf,
  questionSetOf,
  requireStarted,
} from "./started-attempt.server";

/** The review-and-submit step: what is there, what is missing, and whether it is sent. */
export async function getSubmissionOverview(context: CandidateContext) {
  const attempt = await requireStarted(context);
  const [questionSet, exercise] = await Promise.all([
    questionSetOf(attempt),
    exerciseOf(attempt),
  ]);
  const [answers, comments, summary] = await Promise.all([
    prisma.writtenAnswer.findMany({
      where: { attemptId: context.attemptId },
      select: { questionKey: true, body: true },
    }),
    prisma.reviewComment.findMany({
      where: { attemptId: context.attemptId },
      select: reviewCommentSelect,
    }),
    prisma.reviewSummary.findUnique({
      where: { attemptId: context.attemptId },
      select: { verdict: true, body: true },
    }),
  ]);
  const bodies = Object.fromEntries(
    answers.map((answer) => [answer.questionKey, answer.body]),
  );
  return {
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    exerciseTitle: exercise.title,
    checklist: submissionChecklist({
      questions: questionSet.questions,
      answers: bodies,
      commentCount: comments.length,
      summary,
    }),
    answers: questionSet.questions.map((question) => ({
      key: question.key,
      title: question.title,
      body: bodies[question.key] ?? "",
    })),
    comments: comments.sort(compareComments),
    summary,
  };
}

// The candidate's side: what their attempt contains and the steps that change it. What the
// pages read lives here; the autosaved writes are in attempt.server.ts.
import { redirect } from "@remix-run/node";
import {
  commentValue,
  compareComments,
  diffLines,
  fileChange,
} from "#app/domain/review";
import { submissionChecklist } from "#app/domain/submission";
import { recordAudit } from "./audit.server";
import { getExercise, getQuestionSet } from "./content.server";
import { prisma } from "./db.server";
import {
  reviewCommentOrder,
  reviewCommentSelect,
} from "./review-comments.server";
import type { CandidateContext } from "./invitations.server";

export async function getWelcome(context: CandidateContext) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: context.attemptId },
    select: {
      questionSetKey: true,
      questionSetVersion: true,
      exerciseKey: true,
      exerciseVersion: true,
      policyAcceptedAt: true,
      submittedAt: true,
      candidate: {
        select: { name: true, opening: { select: { title: true } } },
      },
    },
  });
  const [questionSet, exercise] = await Promise.all([
    getQuestionSet(attempt.questionSetKey, attempt.questionSetVersion),
    getExercise(attempt.exerciseKey, attempt.exerciseVersion),
  ]);
  if (!questionSet || !exercise)
    throw new Error("The attempt's content is missing from this installation");
  return {
    candidateName: attempt.candidate.name,
    openingTitle: attempt.candidate.opening.title,
    questionCount: questionSet.questions.length,
    exerciseTitle: exercise.title,
    writtenMinutes: questionSet.estimatedMinutes,
    reviewMinutes: exercise.estimatedMinutes,
    policyAccepted: attempt.policyAcceptedAt !== null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
  };
}

/** Acknowledging the policy starts the attempt; doing it twice changes nothing. */
export async function acceptPolicy(context: CandidateContext): Promise<void> {
  const now = new Date();
  const { count } = await prisma.attempt.updateMany({
    where: { id: context.attemptId, policyAcceptedAt: null },
    data: { policyAcceptedAt: now, startedAt: now, lastActivityAt: now },
  });
  if (count) {
    await recordAudit(prisma, {
      actorLabel: `candidate ${context.code}`,
      action: "attempt.start",
      entityType: "Attempt",
      entityId: context.attemptId,
    });
  }
}

/** What every assessment page shows around its content, and which steps are open. */
export async function getAssessmentFrame(context: CandidateContext) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: context.attemptId },
    select: {
      policyAcceptedAt: true,
      submittedAt: true,
      candidate: { select: { opening: { select: { title: true } } } },
    },
  });
  return {
    attemptId: context.attemptId,
    openingTitle: attempt.candidate.opening.title,
    started: attempt.policyAcceptedAt !== null,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
  };
}

/** The steps after the welcome page need the policy acknowledged first. */
async function requireStarted(context: CandidateContext) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: context.attemptId },
    select: {
      policyAcceptedAt: true,
      submittedAt: true,
      questionSetKey: true,
      questionSetVersion: true,
      exerciseKey: true,
      exerciseVersion: true,
    },
  });
  if (!attempt.policyAcceptedAt) throw redirect("/assessment");
  return attempt;
}

async function questionSetOf(attempt: {
  questionSetKey: string;
  questionSetVersion: number;
}) {
  const questionSet = await getQuestionSet(
    attempt.questionSetKey,
    attempt.questionSetVersion,
  );
  if (!questionSet)
    throw new Error(
      "The attempt's question set is missing from this installation",
    );
  return questionSet;
}

async function exerciseOf(attempt: {
  exerciseKey: string;
  exerciseVersion: number;
}) {
  const exercise = await getExercise(
    attempt.exerciseKey,
    attempt.exerciseVersion,
  );
  if (!exercise)
    throw new Error("The attempt's exercise is missing from this installation");
  return exercise;
}

/**
 * The written part: every question as the candidate sees it (never the panelists' guidance,
 * criteria or red flags) and every stored answer with its revision.
 */
export async function getWrittenAssessment(context: CandidateContext) {
  const attempt = await requireStarted(context);
  const questionSet = await questionSetOf(attempt);
  const answers = await prisma.writtenAnswer.findMany({
    where: { attemptId: context.attemptId },
    select: { questionKey: true, body: true, revision: true, updatedAt: true },
  });
  const byKey = new Map(answers.map((answer) => [answer.questionKey, answer]));
  return {
    introduction: questionSet.introduction,
    submitted: attempt.submittedAt !== null,
    questions: questionSet.questions.map((question) => {
      const answer = byKey.get(question.key);
      return {
        key: question.key,
        title: question.title,
        prompt: question.prompt,
        words: question.words,
        answer: answer
          ? {
              body: answer.body,
              revision: answer.revision,
              savedAt: answer.updatedAt.toISOString(),
            }
          : null,
      };
    }),
  };
}

/**
 * The PR review: the pull request as its author opened it (never the defect manifest), the
 * candidate's comments and their summary.
 */
export async function getReviewWorkspace(context: CandidateContext) {
  const attempt = await requireStarted(context);
  const exercise = await exerciseOf(attempt);
  const [comments, summary] = await Promise.all([
    prisma.reviewComment.findMany({
      where: { attemptId: context.attemptId },
      select: { ...reviewCommentSelect, revision: true },
      orderBy: reviewCommentOrder,
    }),
    prisma.reviewSummary.findUnique({
      where: { attemptId: context.attemptId },
      select: { verdict: true, body: true, revision: true },
    }),
  ]);
  return {
    submitted: attempt.submittedAt !== null,
    pullRequest: {
      title: exercise.title,
      description: exercise.description,
      author: exercise.author,
      files: exercise.files.map((file) => {
        const diff = diffLines(file.before, file.after);
        return {
          path: file.path,
          language: file.language,
          before: file.before,
          after: file.after,
          change: fileChange(file),
          additions: diff.additions,
          deletions: diff.deletions,
        };
      }),
    },
    comments: comments.map((comment) => ({
      id: comment.id,
      revision: comment.revision,
      ...commentValue(comment),
    })),
    summary,
  };
}

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

// What the assessment's pages and writes after the welcome share: the started attempt (the
// policy confirmed, else back to the welcome page) and the content versions it was given.
import { redirect } from "@remix-run/node";
import type { Prisma } from "#app/generated/prisma/client";
import type { CandidateContext } from "../candidate-session.server";
import { getExercise, getQuestionSet } from "../content.server";
import { prisma } from "../db.server";

/** The question set and exercise versions an attempt was given when it was created. */
const contentVersionsSelect = {
  questionSetKey: true,
  questionSetVersion: true,
  exerciseKey: true,
  exerciseVersion: true,
} satisfies Prisma.AttemptSelect;

/** The steps after the welcome page need the policy acknowledged first. */
export async function requireStarted(context: CandidateContext) {
  const attempt = await prisma.attempt.findUniqueOrThrow({
    where: { id: context.attemptId },
    select: {
      policyAcceptedAt: true,
      submittedAt: true,
      ...contentVersionsSelect,
    },
  });
  if (!attempt.policyAcceptedAt) throw redirect("/assessment");
  return attempt;
}

/**
 * The attempt's content versions, started or not: a write reads them to check its input
 * before it locks the attempt, and checks under the lock that the attempt has started.
 */
export async function attemptContent(attemptId: string) {
  return prisma.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: contentVersionsSelect,
  });
}

export async function questionSetOf(attempt: {
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

export async function exerciseOf(attempt: {
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

// What the assessment's pages after the welcome share: the started attempt (the policy
// confirmed, else back to the welcome page) and the content versions it was given.
import { redirect } from "@remix-run/node";
import { getExercise, getQuestionSet } from "../content.server";
import { prisma } from "../db.server";
import type { CandidateContext } from "../invitations.server";

/** The steps after the welcome page need the policy acknowledged first. */
export async function requireStarted(context: CandidateContext) {
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

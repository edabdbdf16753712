// The content an opening may use: whatever rubrics, question sets and exercises exist in
// rubrics/ and seed/ right now.
import { redirect } from "@remix-run/node";
import type { z } from "zod";
import { OpeningFormSchema } from "#app/domain/forms/opening";
import { contentRef } from "#app/domain/opening";
import { listContent } from "./content.server";
import {
  parseSubmission,
  readForm,
  rejectSubmission,
  rejectWithError,
} from "./form-submission.server";

export async function openingFormContent() {
  return listContent();
}

type Refs = {
  rubricKey: string;
  rubricVersion: number;
  questionSetKey: string;
  questionSetVersion: number;
  exerciseKey: string;
  exerciseVersion: number;
};

/** Names the field whose choice no longer exists (content files can change under a form). */
export async function checkContentRefs(
  refs: Refs,
): Promise<{ field: string; message: string } | null> {
  const content = await listContent();
  const has = (
    items: { key: string; version: number }[],
    key: string,
    version: number,
  ) => items.some((item) => item.key === key && item.version === version);
  if (!has(content.rubrics, refs.rubricKey, refs.rubricVersion)) {
    return {
      field: "rubric",
      message: "That rubric no longer exists; choose another.",
    };
  }
  if (
    !has(content.questionSets, refs.questionSetKey, refs.questionSetVersion)
  ) {
    return {
      field: "questionSet",
      message: "That question set no longer exists; choose another.",
    };
  }
  if (!has(content.exercises, refs.exerciseKey, refs.exerciseVersion)) {
    return {
      field: "exercise",
      message: "That exercise no longer exists; choose another.",
    };
  }
  return null;
}

/** A new opening starts from the newest content and from its creator as hiring manager. */
export async function defaultContentRefs(userId: string) {
  const content = await listContent();
  const newest = (items: { key: string; version: number }[]) => {
    const item = [...items].sort((a, b) => b.version - a.version)[0];
    return item ? contentRef(item.key, item.version) : "";
  };
  return {
    title: "",
    teamSize: 5,
    seniorityMix: "",
    codingSharePercent: 50,
    mainChallenge: "",
    targetLevel: "TL5",
    rubric: newest(content.rubrics),
    questionSet: newest(content.questionSets),
    exercise: newest(content.exercises),
    hiringManagerId: userId,
  };
}

/**
 * The create and edit forms' shared action: validate, check the chosen content still exists,
 * save, then go to the opening. Failures answer 400 with field errors and the user's input.
 */
export async function handleOpeningForm(
  request: Request,
  save: (input: z.output<typeof OpeningFormSchema>) => Promise<{ id: string }>,
) {
  const submission = parseSubmission(
    await readForm(request),
    OpeningFormSchema,
  );
  if (submission.status !== "success")
    return rejectSubmission("save-opening", submission);
  const contentProblem = await checkContentRefs(submission.value);
  if (contentProblem) {
    return rejectSubmission("save-opening", submission, {
      fieldErrors: { [contentProblem.field]: [contentProblem.message] },
    });
  }
  let openingId: string;
  try {
    openingId = (await save(submission.value)).id;
  } catch (error) {
    return rejectWithError("save-opening", submission, error);
  }
  throw redirect(`/admin/openings/${openingId}`);
}

// A written-assessment question set. Guidance and red flags are for panelists only; the
// candidate sees the title, prompt and word range.
import { z } from "zod";
import {
  contentKey,
  contentVersion,
  parseContentFile,
  requireUnique,
  text,
  type Validation,
} from "./issues";

const question = z
  .strictObject({
    key: contentKey,
    title: text,
    prompt: text,
    guidance: text,
    criteria: z.array(contentKey).min(1),
    redFlags: z.array(contentKey),
    words: z.strictObject({ min: z.int().min(0), max: z.int().min(1) }),
  })
  .refine((q) => q.words.min < q.words.max, {
    path: ["words", "max"],
    message: "Must be greater than words.min",
  });

const questionSetSchema = z
  .strictObject({
    key: contentKey,
    version: contentVersion,
    title: text,
    // Shown to the candidate before the first question.
    introduction: text,
    rubric: z.strictObject({ key: contentKey, version: contentVersion }),
    estimatedMinutes: z.int().min(1),
    questions: z.array(question).min(1),
  })
  .superRefine((set, ctx) =>
    requireUnique(
      ctx,
      "Question key",
      set.questions.map((q, index) => ({
        key: q.key,
        path: ["questions", index, "key"],
      })),
    ),
  );

export type QuestionSet = z.infer<typeof questionSetSchema>;
export type Question = QuestionSet["questions"][number];

export function validateQuestionSet(
  input: unknown,
  file: string,
): Validation<QuestionSet> {
  return parseContentFile(questionSetSchema, input, file);
}

// What an opening must say before anyone is assessed against it, and how its content is
// referenced ("key@version", as stored on scorecards and attempts).
import { z } from "zod";
import { TARGET_LEVELS } from "./levels";

const contentReference = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*@\d+$/, "Choose an item from the list.")
  .transform((value) => {
    const [key = "", version = "0"] = value.split("@");
    return { key, version: Number(version) };
  });

export const OpeningFormSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Give the opening a title of at least 3 characters.")
      .max(120),
    teamSize: z.coerce
      .number({ error: "Enter the team size as a number." })
      .int("Enter a whole number.")
      .min(1, "A team has at least one person.")
      .max(200, "That is more than one tech lead can lead."),
    seniorityMix: z
      .string()
      .trim()
      .min(2, "Describe the team's seniority mix.")
      .max(300),
    codingSharePercent: z.coerce
      .number({ error: "Enter a percentage." })
      .int("Enter a whole number.")
      .min(0, "Between 0 and 100.")
      .max(100, "Between 0 and 100."),
    mainChallenge: z
      .string()
      .trim()
      .min(10, "Describe the main technical challenge in a sentence or two.")
      .max(2000),
    targetLevel: z.enum(TARGET_LEVELS, { error: "Choose a target level." }),
    rubric: contentReference,
    questionSet: contentReference,
    exercise: contentReference,
    hiringManagerId: z.string().min(1, "Choose the hiring manager."),
  })
  .transform(({ rubric, questionSet, exercise, ...rest }) => ({
    ...rest,
    rubricKey: rubric.key,
    rubricVersion: rubric.version,
    questionSetKey: questionSet.key,
    questionSetVersion: questionSet.version,
    exerciseKey: exercise.key,
    exerciseVersion: exercise.version,
  }));

export function contentRef(key: string, version: number): string {
  return `${key}@${version}`;
}

// `leadbench match-defects --exercise KEY [--version N] [--root DIR] [--format json|text] FILE.json`:
// which seeded defects a review finds, and why, by the same function the app scores with.
// FILE.json is an array of comments, or { "comments": [...], "summary": "..." }.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  findContent,
  formatIssue,
  parseContent,
  REVIEW_SIDES,
  type Exercise,
} from "#app/domain/content/index";
import { SUMMARY_ID } from "#app/domain/defect-matcher";
import { reviewEvidence } from "#app/domain/review-evidence";
import { ContentError, loadContent } from "#app/services/content.server";

const USAGE =
  "Usage: leadbench match-defects --exercise KEY [--version N] [--root DIR] [--format json|text] FILE.json";

// A missing line still reads "Required", as in every other message.
const line = z
  .int({
    error: (issue) =>
      issue.input === undefined ? "Required" : "Expected a whole number",
  })
  .min(1, "Lines start at 1");

// Extra fields (timestamps, ids of the app's own) are allowed and ignored. A range selected
// upwards (endLine before startLine) covers the same lines, as in the app.
const commentsSchema = z
  .array(
    z.object({
      id: z.string().min(1, "Required"),
      file: z.string().min(1, "Required"),
      side: z.enum(REVIEW_SIDES).optional(),
      startLine: line,
      endLine: line,
      body: z.string(),
      category: z.string().nullish(),
      severity: z.string().nullish(),
    }),
  )
  .superRefine((comments, ctx) => {
    const seen = new Set<string>([SUMMARY_ID]);
    comments.forEach((comment, index) => {
      if (seen.has(comment.id)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "id"],
          message:
            comment.id === SUMMARY_ID
              ? `"${SUMMARY_ID}" names the review summary; give the comment another id`
              : `Duplicate id "${comment.id}"`,
        });
      }
      seen.add(comment.id);
    });
  });

// A bare array is the comments alone; an object may add the review summary.
const reviewSchema = z.object({
  comments: commentsSchema,
  summary: z.string().nullish(),
});

class UsageError extends Error {}

function readOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      exercise: { type: "string" },
      version: { type: "string" },
      root: { type: "string" },
      format: { type: "string", default: "json" },
    },
  });
  const wholeNumber = (
    name: string,
    value: string | undefined,
    min: number,
  ) => {
    if (value === undefined) return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) {
      throw new UsageError(
        `--${name} must be a whole number ≥ ${min}, got "${value}"`,
      );
    }
    return number;
  };
  if (!values.exercise) throw new UsageError("--exercise KEY is required");
  if (values.format !== "json" && values.format !== "text")
    throw new UsageError(
      `--format must be json or text, got "${values.format}"`,
    );
  if (positionals.length !== 1)
    throw new UsageError("Give exactly one FILE.json of comments");
  return {
    exerciseKey: values.exercise,
    version: wholeNumber("version", values.version, 1),
    format: values.format,
    root: values.root ?? process.cwd(),
    file: positionals[0] as string,
  };
}

function findExercise(
  exercises: Exercise[],
  key: string,
  version: number | undefined,
) {
  const exercise = findContent(exercises, key, version);
  if (exercise) return { exercise };
  const versions = exercises.filter((e) => e.key === key).map((e) => e.version);
  if (versions.length) {
    return {
      error: `Exercise "${key}" has no version ${version} (versions: ${versions.join(", ")})`,
    };
  }
  const known = [...new Set(exercises.map((e) => e.key))].join(", ") || "none";
  return { error: `Unknown exercise "${key}". Known exercises: ${known}` };
}

async function readComments(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    return { errors: [`${file}: ${(error as Error).message}`] };
  }
  const parsed = Array.isArray(json)
    ? parseContent(commentsSchema, json, file)
    : parseContent(reviewSchema, json, file);
  if (!parsed.ok) return { errors: parsed.issues.map(formatIssue) };
  return {
    review: Array.isArray(parsed.value)
      ? { comments: parsed.value, summary: null }
      : parsed.value,
  };
}

export async function run(args: string[]): Promise<number> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(args);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let exercises: Exercise[];
  try {
    exercises = (await loadContent(options.root)).exercises;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return 1;
  }
  const found = findExercise(exercises, options.exerciseKey, options.version);
  if (!found.exercise) {
    console.error(found.error);
    return 1;
  }
  const input = await readComments(options.file);
  if (!input.review) {
    for (const error of input.errors) console.error(error);
    return 1;
  }
  const { defects } = found.exercise;
  const { findings, priorities } = reviewEvidence(defects, input.review, []);
  const report = findings.map((match, index) => {
    const defect = defects[index] as (typeof defects)[number];
    return {
      id: match.id,
      title: defect.title,
      category: defect.category,
      severity: defect.severity,
      decoy: defect.decoy ?? false,
      status: match.status,
      found: match.found,
      commentIds: match.commentIds,
      possibleCommentIds: match.possibleCommentIds,
      reasons: match.reasons,
    };
  });
  if (options.format === "text") {
    for (const defect of report) {
      console.log(
        `${defect.status.toUpperCase().padEnd(8)} ${defect.id}${defect.decoy ? " (decoy)" : ""}: ${defect.title}`,
      );
      for (const reason of defect.reasons) {
        console.log(`  ${reason.commentId} ${reason.kind}: ${reason.reason}`);
      }
    }
    console.log(`\nPrioritisation: ${priorities.sentence}`);
  } else {
    console.log(
      JSON.stringify(
        { defects: report, prioritisation: priorities.sentence },
        null,
        2,
      ),
    );
  }
  return 0;
}

// `leadbench match-defects --exercise KEY [--version N] [--tolerance N] [--root DIR] FILE.json`:
// which seeded defects a set of review comments finds, by the same rules the app scores with.
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
import { matchDefects } from "#app/domain/defect-matcher";
import { ContentError, loadContent } from "#app/services/content.server";

const USAGE =
  "Usage: leadbench match-defects --exercise KEY [--version N] [--tolerance N] [--root DIR] FILE.json";

// A missing line still reads "Required", as in every other message.
const line = z
  .int({
    error: (issue) =>
      issue.input === undefined ? "Required" : "Expected a whole number",
  })
  .min(1, "Lines start at 1");

// Extra fields (a category the candidate picked, timestamps) are allowed and ignored.
const commentsSchema = z
  .array(
    z
      .object({
        id: z.string().min(1, "Required"),
        file: z.string().min(1, "Required"),
        side: z.enum(REVIEW_SIDES).optional(),
        startLine: line,
        endLine: line,
        body: z.string(),
      })
      .refine((c) => c.startLine <= c.endLine, {
        path: ["endLine"],
        message: "Must not be before startLine",
      }),
  )
  .superRefine((comments, ctx) => {
    const seen = new Set<string>();
    comments.forEach((comment, index) => {
      if (seen.has(comment.id)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `Duplicate id "${comment.id}"`,
        });
      }
      seen.add(comment.id);
    });
  });

class UsageError extends Error {}

function readOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      exercise: { type: "string" },
      version: { type: "string" },
      tolerance: { type: "string" },
      root: { type: "string" },
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
  if (positionals.length !== 1)
    throw new UsageError("Give exactly one FILE.json of comments");
  return {
    exerciseKey: values.exercise,
    version: wholeNumber("version", values.version, 1),
    tolerance: wholeNumber("tolerance", values.tolerance, 0) ?? 3,
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
  const parsed = parseContent(commentsSchema, json, file);
  return parsed.ok
    ? { comments: parsed.value }
    : { errors: parsed.issues.map(formatIssue) };
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
  if (!input.comments) {
    for (const error of input.errors) console.error(error);
    return 1;
  }
  const { defects } = found.exercise;
  const matches = matchDefects(defects, input.comments, {
    tolerance: options.tolerance,
  });
  const report = matches.map((match, index) => {
    const defect = defects[index] as (typeof defects)[number];
    return {
      id: match.id,
      title: defect.title,
      category: defect.category,
      severity: defect.severity,
      decoy: defect.decoy ?? false,
      found: match.found,
      commentIds: match.commentIds,
      reasons: match.reasons,
    };
  });
  console.log(JSON.stringify({ defects: report }, null, 2));
  return 0;
}

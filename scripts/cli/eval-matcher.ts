// `leadbench eval-matcher [--corpus DIR] [--half tune|holdout] [--json]`: the defect matcher's
// precision and recall on a hand-labelled corpus of reviews (one YAML file per reviewer, under
// tests/fixtures/matcher-corpus/<exercise>/), per defect and overall, at the comment level
// (each comment and summary against the defects it was labelled with) and the reviewer level
// (the set of defects each reviewer found). Exit 1 when a figure is under --min (default 0.95).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { z } from "zod";
import { REVIEW_SIDES, type Exercise } from "#app/domain/content/index";
import { matchDefects, SUMMARY_ID } from "#app/domain/defect-matcher";
import { readExerciseFolder } from "#app/services/content.server";

const USAGE =
  "Usage: leadbench eval-matcher [--corpus DIR] [--exercises DIR,...] [--half tune|holdout] [--min 0.95] [--json]";

const labelled = { finds: z.array(z.string()), why: z.string().optional() };

export const reviewerSchema = z.object({
  reviewer: z.string().min(1),
  exercise: z.string().min(1),
  half: z.enum(["tune", "holdout"]),
  persona: z.string().optional(),
  verdict: z.string().optional(),
  comments: z
    .array(
      z.object({
        id: z.string().min(1),
        file: z.string().min(1),
        side: z.enum(REVIEW_SIDES).optional(),
        startLine: z.int().min(1),
        endLine: z.int().min(1),
        category: z.string().optional(),
        severity: z.string().optional(),
        body: z.string(),
        ...labelled,
      }),
    )
    .default([]),
  summary: z.object({ body: z.string(), ...labelled }).optional(),
});
export type CorpusReviewer = z.infer<typeof reviewerSchema>;

type Counts = { tp: number; fp: number; fn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export type Figures = {
  precision: number;
  recall: number;
} & Counts;

const figures = ({ tp, fp, fn }: Counts): Figures => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

export type Mistake = {
  reviewer: string;
  item: string;
  defect: string;
  kind: "false positive" | "missed";
  text: string;
};

export type Evaluation = {
  reviewers: number;
  comments: number;
  comment: Figures;
  reviewer: Figures;
  perDefect: {
    exercise: string;
    defect: string;
    comment: Figures;
    reviewer: Figures;
  }[];
  mistakes: Mistake[];
};

function tally(counts: Map<string, Counts>, key: string, kind: keyof Counts) {
  const entry = counts.get(key) ?? zero();
  entry[kind] += 1;
  counts.set(key, entry);
}

/** Pure: the matcher's figures on a corpus, given each reviewer's exercise. */
export function evaluate(
  corpus: readonly CorpusReviewer[],
  exerciseFor: (key: string) => Exercise,
): Evaluation {
  const commentCounts = new Map<string, Counts>();
  const reviewerCounts = new Map<string, Counts>();
  const mistakes: Mistake[] = [];
  let comments = 0;
  for (const reviewer of corpus) {
    const exercise = exerciseFor(reviewer.exercise);
    const matches = matchDefects(exercise.defects, {
      comments: reviewer.comments,
      summary: reviewer.summary?.body ?? null,
    });
    const items = [
      ...reviewer.comments.map((c) => ({
        id: c.id,
        finds: c.finds,
        text: c.body,
      })),
      ...(reviewer.summary
        ? [
            {
              id: SUMMARY_ID,
              finds: reviewer.summary.finds,
              text: reviewer.summary.body,
            },
          ]
        : []),
    ];
    comments += reviewer.comments.length;
    const foundByReviewer = new Set<string>();
    const labelledForReviewer = new Set(items.flatMap((i) => i.finds));
    for (const defect of exercise.defects) {
      const match = matches.find((m) => m.id === defect.id);
      const credited = new Set(match?.commentIds ?? []);
      if (match?.found) foundByReviewer.add(defect.id);
      const key = `${reviewer.exercise}/${defect.id}`;
      for (const item of items) {
        const predicted = credited.has(item.id);
        const actual = item.finds.includes(defect.id);
        if (predicted && actual) tally(commentCounts, key, "tp");
        if (predicted && !actual) {
          tally(commentCounts, key, "fp");
          mistakes.push({
            reviewer: reviewer.reviewer,
            item: item.id,
            defect: defect.id,
            kind: "false positive",
            text: item.text,
          });
        }
        if (!predicted && actual) {
          tally(commentCounts, key, "fn");
          mistakes.push({
            reviewer: reviewer.reviewer,
            item: item.id,
            defect: defect.id,
            kind: "missed",
            text: item.text,
          });
        }
      }
      const predicted = foundByReviewer.has(defect.id);
      const actual = labelledForReviewer.has(defect.id);
      if (predicted && actual) tally(reviewerCounts, key, "tp");
      if (predicted && !actual) tally(reviewerCounts, key, "fp");
      if (!predicted && actual) tally(reviewerCounts, key, "fn");
    }
  }
  const sum = (counts: Map<string, Counts>) =>
    [...counts.values()].reduce(
      (total, c) => ({
        tp: total.tp + c.tp,
        fp: total.fp + c.fp,
        fn: total.fn + c.fn,
      }),
      zero(),
    );
  const keys = [
    ...new Set([...commentCounts.keys(), ...reviewerCounts.keys()]),
  ].sort();
  return {
    reviewers: corpus.length,
    comments,
    comment: figures(sum(commentCounts)),
    reviewer: figures(sum(reviewerCounts)),
    perDefect: keys.map((key) => {
      const [exercise = "", defect = ""] = key.split("/");
      return {
        exercise,
        defect,
        comment: figures(commentCounts.get(key) ?? zero()),
        reviewer: figures(reviewerCounts.get(key) ?? zero()),
      };
    }),
    mistakes,
  };
}

export async function readCorpus(dir: string): Promise<CorpusReviewer[]> {
  const reviewers: CorpusReviewer[] = [];
  for (const exercise of (await readdir(dir, { withFileTypes: true })).filter(
    (e) => e.isDirectory(),
  )) {
    const folder = path.join(dir, exercise.name);
    for (const name of (await readdir(folder))
      .filter((n) => n.endsWith(".yaml"))
      .sort()) {
      const file = path.join(folder, name);
      const parsed = reviewerSchema.safeParse(
        parse(await readFile(file, "utf8")),
      );
      if (!parsed.success) {
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        );
      }
      reviewers.push(parsed.data);
    }
  }
  return reviewers;
}

/** Exercises by key, from each folder of exercise folders (seed/exercises, fixtures…). */
export async function readExercises(root: string, dirs: readonly string[]) {
  const exercises = new Map<string, Exercise>();
  for (const dir of dirs) {
    for (const entry of (
      await readdir(path.join(root, dir), { withFileTypes: true })
    ).filter((e) => e.isDirectory())) {
      const read = await readExerciseFolder(root, `${dir}/${entry.name}`);
      if (!read.value) {
        throw new Error(
          read.issues
            .map((i) => `${i.file}: ${i.path}: ${i.message}`)
            .join("\n"),
        );
      }
      exercises.set(read.value.value.key, read.value.value);
    }
  }
  return (key: string) => {
    const exercise = exercises.get(key);
    if (!exercise)
      throw new Error(
        `The corpus names exercise "${key}", which is in none of ${dirs.join(", ")}`,
      );
    return exercise;
  };
}

const percent = (n: number) => n.toFixed(3);

function table(evaluation: Evaluation): string {
  const rows = [
    "| exercise | defect | comment P | comment R | reviewer P | reviewer R |",
    "|---|---|---|---|---|---|",
    ...evaluation.perDefect.map(
      (d) =>
        `| ${d.exercise} | ${d.defect} | ${percent(d.comment.precision)} | ${percent(d.comment.recall)} | ${percent(d.reviewer.precision)} | ${percent(d.reviewer.recall)} |`,
    ),
    `| **all** | | **${percent(evaluation.comment.precision)}** | **${percent(evaluation.comment.recall)}** | **${percent(evaluation.reviewer.precision)}** | **${percent(evaluation.reviewer.recall)}** |`,
  ];
  return rows.join("\n");
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        corpus: { type: "string", default: "tests/fixtures/matcher-corpus" },
        exercises: {
          type: "string",
          default: "seed/exercises,tests/fixtures/exercises",
        },
        half: { type: "string" },
        min: { type: "string", default: "0.95" },
        json: { type: "boolean", default: false },
        mistakes: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const min = Number(values.min);
  if (values.half && values.half !== "tune" && values.half !== "holdout") {
    console.error(`--half must be tune or holdout\n${USAGE}`);
    return 2;
  }
  const root = process.cwd();
  const exerciseFor = await readExercises(root, values.exercises.split(","));
  const corpus = (await readCorpus(path.resolve(root, values.corpus))).filter(
    (r) => !values.half || r.half === values.half,
  );
  const evaluation = evaluate(corpus, exerciseFor);
  if (values.json) {
    console.log(JSON.stringify(evaluation, null, 2));
  } else {
    console.log(
      `${evaluation.reviewers} reviewers, ${evaluation.comments} comments${values.half ? ` (${values.half} half)` : ""}\n`,
    );
    console.log(table(evaluation));
    console.log(
      `\ncomment level: precision ${percent(evaluation.comment.precision)}, recall ${percent(evaluation.comment.recall)} (tp ${evaluation.comment.tp}, fp ${evaluation.comment.fp}, fn ${evaluation.comment.fn})`,
    );
    console.log(
      `reviewer level: precision ${percent(evaluation.reviewer.precision)}, recall ${percent(evaluation.reviewer.recall)} (tp ${evaluation.reviewer.tp}, fp ${evaluation.reviewer.fp}, fn ${evaluation.reviewer.fn})`,
    );
    if (values.mistakes) {
      for (const m of evaluation.mistakes) {
        console.log(
          `\n[${m.kind}] ${m.reviewer} ${m.item} ${m.defect}\n  ${m.text.trim().replace(/\n/g, "\n  ")}`,
        );
      }
    }
  }
  const below = [evaluation.comment, evaluation.reviewer].some(
    (f) => f.precision < min || f.recall < min,
  );
  return below ? 1 : 0;
}

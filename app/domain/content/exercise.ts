// A PR-review exercise: the pull request as the candidate sees it (description, files
// before and after) and the defect manifest panelists score against.
import { z } from "zod";
import { DEFECT_CATEGORIES, DEFECT_SEVERITIES } from "./constants";
import { monacoLanguage } from "./languages";
import {
  contentKey,
  contentVersion,
  namingIssues,
  parseContent,
  requireUnique,
  text,
  type ContentIssue,
  type Validation,
} from "./issues";

const manifestSchema = z.strictObject({
  key: contentKey,
  version: contentVersion,
  title: text,
  // The PR description, Markdown, as its author wrote it.
  description: text,
  author: z.strictObject({ name: text, role: text }),
  // Monaco language id of the main language, for labels and filters.
  language: text,
  estimatedMinutes: z.int().min(1),
});

const defectSchema = z
  .strictObject({
    id: contentKey,
    title: text,
    category: z.enum(DEFECT_CATEGORIES),
    severity: z.enum(DEFECT_SEVERITIES),
    // Path in after/, as the candidate's comments name it.
    file: text,
    startLine: z.int().min(1),
    endLine: z.int().min(1),
    // What a comment that finds this defect says, for panelists.
    finding: text,
    // A harmless nit planted to see whether the candidate spends the review on it.
    decoy: z.boolean().optional(),
  })
  .refine((d) => d.startLine <= d.endLine, {
    path: ["endLine"],
    message: "Must not be before startLine",
  })
  .refine((d) => !d.decoy || d.severity === "low" || d.severity === "nit", {
    path: ["severity"],
    message: "A decoy is harmless: use low or nit",
  });

const defectsSchema = z
  .strictObject({ defects: z.array(defectSchema).min(1) })
  .superRefine(({ defects }, ctx) =>
    requireUnique(
      ctx,
      "Defect id",
      defects.map((d, index) => ({
        key: d.id,
        path: ["defects", index, "id"],
      })),
    ),
  );

export type Defect = z.infer<typeof defectSchema>;

export type ExerciseFile = {
  path: string;
  language: string;
  // null where the PR adds (before) or deletes (after) the file.
  before: string | null;
  after: string | null;
};

export type Exercise = z.infer<typeof manifestSchema> & {
  files: ExerciseFile[];
  defects: Defect[];
};

export type ExerciseSource = {
  // Folder of the exercise relative to the content root, e.g. seed/exercises/order-history.
  dir: string;
  manifest: unknown;
  defects: unknown;
  files: { path: string; before: string | null; after: string | null }[];
};

// Lines as an editor numbers them; a final newline does not open another line.
export function sourceLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function defectRangeIssues(
  defects: Defect[],
  files: ExerciseFile[],
  file: string,
) {
  const issues: ContentIssue[] = [];
  defects.forEach((defect, index) => {
    const at = (field: string, message: string) =>
      issues.push({ file, path: `defects.${index}.${field}`, message });
    const target = files.find((f) => f.path === defect.file);
    if (target?.after == null) {
      const known = files.filter((f) => f.after !== null).map((f) => f.path);
      at(
        "file",
        `"${defect.file}" is not a file in after/ (after/ has: ${known.join(", ")})`,
      );
      return;
    }
    const lines = sourceLines(target.after);
    if (defect.endLine > lines.length) {
      at(
        "endLine",
        `Line ${defect.endLine} is past the end of ${defect.file} (${lines.length} lines)`,
      );
      return;
    }
    if (
      lines
        .slice(defect.startLine - 1, defect.endLine)
        .every((line) => line.trim() === "")
    ) {
      at(
        "startLine",
        `Lines ${defect.startLine}–${defect.endLine} of ${defect.file} are blank`,
      );
    }
  });
  return issues;
}

function changeIssues(
  files: ExerciseSource["files"],
  dir: string,
): ContentIssue[] {
  if (files.some((f) => f.before !== f.after)) return [];
  const message = files.length
    ? "before/ and after/ are identical"
    : "No files in before/ or after/";
  return [{ file: dir, path: "", message }];
}

export function validateExercise(source: ExerciseSource): Validation<Exercise> {
  const manifestFile = `${source.dir}/exercise.yaml`;
  const defectsFile = `${source.dir}/defects.yaml`;
  const manifest = parseContent(manifestSchema, source.manifest, manifestFile);
  const defects = parseContent(defectsSchema, source.defects, defectsFile);
  const files: ExerciseFile[] = source.files
    .map((f) => ({
      path: f.path,
      language: monacoLanguage(f.path),
      before: f.before,
      after: f.after,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const issues = [
    ...(manifest.ok
      ? namingIssues(source.dir, manifest.value, manifestFile)
      : manifest.issues),
    ...(defects.ok
      ? defectRangeIssues(defects.value.defects, files, defectsFile)
      : defects.issues),
    ...changeIssues(source.files, source.dir),
  ];
  if (!manifest.ok || !defects.ok || issues.length > 0)
    return { ok: false, issues };
  return {
    ok: true,
    value: { ...manifest.value, files, defects: defects.value.defects },
  };
}

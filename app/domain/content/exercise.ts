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
  // What each level of a rubric criterion looks like in this exercise, shown beside the
  // rubric's general level texts: { criterion key: { level: example } }.
  rubricExamples: z
    .record(contentKey, z.partialRecord(z.enum(["1", "2", "3", "4"]), text))
    .optional(),
});

// A signal term: a phrase matched on word stems, or /regex/ on the comment's text. YAML reads
// a bare 404 as a number; an author means the word.
const signalTerm = z.preprocess(
  (term) => (typeof term === "number" ? String(term) : term),
  text.refine(
    (term) => {
      const regex = /^\/(.+)\/$/.exec(term);
      if (!regex?.[1]) return true;
      try {
        new RegExp(regex[1], "gi");
        return true;
      } catch {
        return false;
      }
    },
    { message: "Not a valid /regular expression/" },
  ),
);

// What a finding of this defect says: groups of terms, any of a group's terms showing the
// same piece of understanding. A group with a weight counts that much (a term that names
// the defect outright, such as "N+1" or "IDOR", says more than "query" does).
const signalGroup = z.union([
  z.array(signalTerm).min(1),
  z.strictObject({
    terms: z.array(signalTerm).min(1),
    weight: z.number().positive().max(3),
  }),
]);

// Another place where a reviewer may rightly flag the defect: the call site, the helper,
// the route mount, the config, the test, the docs. Without lines, anywhere in the file.
const relatedPlace = z
  .strictObject({
    file: text,
    startLine: z.int().min(1).optional(),
    endLine: z.int().min(1).optional(),
  })
  .refine((r) => r.endLine === undefined || r.startLine !== undefined, {
    path: ["startLine"],
    message: "Required with endLine",
  })
  .refine((r) => (r.startLine ?? 0) <= (r.endLine ?? Infinity), {
    path: ["endLine"],
    message: "Must not be before startLine",
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
    signals: z.array(signalGroup).min(1).optional(),
    related: z.array(relatedPlace).optional(),
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

// Every related place names a file the pull request has, on either side.
function relatedPlaceIssues(
  defects: Defect[],
  files: ExerciseFile[],
  file: string,
): ContentIssue[] {
  const known = new Set(files.map((f) => f.path));
  return defects.flatMap((defect, index) =>
    (defect.related ?? []).flatMap((place, placeIndex) =>
      known.has(place.file)
        ? []
        : [
            {
              file,
              path: `defects.${index}.related.${placeIndex}.file`,
              message: `"${place.file}" is not a file of this pull request`,
            },
          ],
    ),
  );
}

const termsOf = (group: NonNullable<Defect["signals"]>[number]) =>
  "terms" in group ? group.terms : group;

/**
 * What content lint warns about without refusing the exercise: a defect with no wording
 * signals (the matcher can then only call comments on its lines "possible"), and a decoy
 * whose signal terms are also a real defect's (a nit about the decoy would read as both).
 */
export function exerciseWarnings(
  defects: readonly Defect[],
  file: string,
): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  defects.forEach((defect, index) => {
    if (!defect.signals?.length) {
      warnings.push({
        file,
        path: `defects.${index}.signals`,
        message:
          "No wording signals: the matcher can only mark comments on its lines as possible, never as found",
      });
    }
  });
  defects.forEach((decoy, index) => {
    if (!decoy.decoy) return;
    const terms = new Set(
      (decoy.signals ?? []).flatMap(termsOf).map((t) => t.toLowerCase()),
    );
    for (const defect of defects) {
      if (defect.decoy) continue;
      const shared = (defect.signals ?? [])
        .flatMap(termsOf)
        .filter((t) => terms.has(t.toLowerCase()));
      if (shared.length) {
        warnings.push({
          file,
          path: `defects.${index}.signals`,
          message: `Decoy shares signals with ${defect.id}: ${[...new Set(shared)].join(", ")}`,
        });
      }
    }
  });
  return warnings;
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
      ? [
          ...defectRangeIssues(defects.value.defects, files, defectsFile),
          ...relatedPlaceIssues(defects.value.defects, files, defectsFile),
        ]
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

// The candidate's PR review: which files a pull request changes, where a comment may be
// anchored, and how comments and verdicts read. Pure and free of zod, so the review page in
// the browser checks a comment's lines with the same rules the server enforces.
import {
  DEFECT_CATEGORIES,
  DEFECT_SEVERITIES,
  type DefectCategory,
  type DefectSeverity,
} from "./content/constants";

export const REVIEW_VERDICTS = [
  { key: "APPROVE", label: "Approve", hint: "Ready to merge as it is." },
  {
    key: "REQUEST_CHANGES",
    label: "Request changes",
    hint: "Must change before it merges.",
  },
  {
    key: "COMMENT",
    label: "Comment",
    hint: "Feedback without a decision.",
  },
] as const;
export type ReviewVerdictKey = (typeof REVIEW_VERDICTS)[number]["key"];
export const REVIEW_VERDICT_KEYS = REVIEW_VERDICTS.map((v) => v.key);

export function verdictLabel(verdict: string | null | undefined): string {
  return REVIEW_VERDICTS.find((v) => v.key === verdict)?.label ?? "No verdict";
}

export const CATEGORY_LABELS: Record<DefectCategory, string> = {
  security: "Security",
  correctness: "Correctness",
  performance: "Performance",
  configuration: "Configuration",
  testing: "Testing",
  style: "Style",
};

export const SEVERITY_LABELS: Record<DefectSeverity, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  nit: "Nit",
};

export function isCategory(value: unknown): value is DefectCategory {
  return (DEFECT_CATEGORIES as readonly unknown[]).includes(value);
}

export function isSeverity(value: unknown): value is DefectSeverity {
  return (DEFECT_SEVERITIES as readonly unknown[]).includes(value);
}

/**
 * Lines as Monaco numbers them: a final newline does not open another line. (The same rule
 * as the content validator's sourceLines, which lives beside zod and so stays on the server.)
 */
export function splitLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

export type ReviewSide = "AFTER" | "BEFORE";

export type ReviewFile = {
  path: string;
  language: string;
  before: string | null;
  after: string | null;
};

export type FileChange = "added" | "modified" | "deleted" | "unchanged";

export function fileChange(file: {
  before: string | null;
  after: string | null;
}): FileChange {
  if (file.before === null) return "added";
  if (file.after === null) return "deleted";
  return file.before === file.after ? "unchanged" : "modified";
}

// Above this many line pairs the table below would cost too much; every line then counts as
// changed, which is what a reviewer sees for a file rewritten that thoroughly anyway.
const MAX_DIFF_CELLS = 4_000_000;

export type LineDiff = {
  additions: number;
  deletions: number;
  /** For each line of the after-version, whether the change added it. */
  addedLines: boolean[];
};

/** A line diff by longest common subsequence: counts for the file list, marks for the text view. */
export function diffLines(
  before: string | null,
  after: string | null,
): LineDiff {
  const a = before === null ? [] : splitLines(before);
  const b = after === null ? [] : splitLines(after);
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return {
      additions: b.length,
      deletions: a.length,
      addedLines: b.map(() => true),
    };
  }
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] =
        a[i] === b[j]
          ? (common[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(
              common[(i + 1) * width + j] ?? 0,
              common[i * width + j + 1] ?? 0,
            );
    }
  }
  const addedLines = b.map(() => true);
  let i = 0;
  let j = 0;
  let kept = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      addedLines[j] = false;
      kept++;
      i++;
      j++;
    } else if (
      (common[(i + 1) * width + j] ?? 0) >= (common[i * width + j + 1] ?? 0)
    ) {
      i++;
    } else {
      j++;
    }
  }
  return {
    additions: b.length - kept,
    deletions: a.length - kept,
    addedLines,
  };
}

export type CommentAnchor = {
  filePath: string;
  side: ReviewSide;
  startLine: number;
  endLine: number;
};

/** What a candidate writes in one review comment: where, what, and how they rate it. */
export type CommentValue = CommentAnchor & {
  body: string;
  category: DefectCategory | null;
  severity: DefectSeverity | null;
};

/**
 * The comment's value alone, from anything that carries one (a database row, the loader's
 * copy). A category or severity this version does not know reads as none.
 */
export function commentValue(
  comment: CommentAnchor & {
    body: string;
    category: string | null;
    severity: string | null;
  },
): CommentValue {
  return {
    filePath: comment.filePath,
    side: comment.side,
    startLine: comment.startLine,
    endLine: comment.endLine,
    body: comment.body,
    category: isCategory(comment.category) ? comment.category : null,
    severity: isSeverity(comment.severity) ? comment.severity : null,
  };
}

/**
 * Why a comment cannot sit where it says, or null when it can. Comments go on the version a
 * reviewer reads: the after-version, or the before-version of a file the PR deletes.
 */
export function anchorProblem(
  files: ReviewFile[],
  anchor: CommentAnchor,
): string | null {
  const file = files.find((f) => f.path === anchor.filePath);
  if (!file)
    return `There is no file "${anchor.filePath}" in this pull request.`;
  const source = anchor.side === "AFTER" ? file.after : file.before;
  if (source === null) {
    return anchor.side === "AFTER"
      ? `${file.path} is deleted by this pull request: comment on its old version.`
      : `${file.path} is new in this pull request: comment on its new version.`;
  }
  if (anchor.side === "BEFORE" && file.after !== null)
    return "Comment on the new version of the file.";
  const lineCount = splitLines(source).length;
  if (
    !Number.isInteger(anchor.startLine) ||
    !Number.isInteger(anchor.endLine) ||
    anchor.startLine < 1 ||
    anchor.endLine < 1
  )
    return "Line numbers start at 1.";
  if (anchor.endLine < anchor.startLine)
    return "The last line must not come before the first line.";
  if (anchor.endLine > lineCount)
    return `${file.path} has ${lineCount} lines: choose lines between 1 and ${lineCount}.`;
  return null;
}

/** The side a comment on this file belongs to. */
export function commentSide(file: { after: string | null }): ReviewSide {
  return file.after === null ? "BEFORE" : "AFTER";
}

export function describeLines(anchor: {
  startLine: number;
  endLine: number;
}): string {
  return anchor.startLine === anchor.endLine
    ? `line ${anchor.startLine}`
    : `lines ${anchor.startLine}–${anchor.endLine}`;
}

/** Comments in reading order: by file as listed, then by line. */
export function compareComments(
  a: { filePath: string; startLine: number; endLine: number },
  b: { filePath: string; startLine: number; endLine: number },
): number {
  if (a.filePath !== b.filePath) return a.filePath < b.filePath ? -1 : 1;
  return a.startLine - b.startLine || a.endLine - b.endLine;
}

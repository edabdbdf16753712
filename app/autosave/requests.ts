// The requests of the autosave contract (see ./contract.ts for the answers): what each
// autosave route accepts, validated on the server. Its own module so that the browser, which
// only needs their types, does not load the schemas. zod/mini, like the answers.
import * as z from "zod/mini";
import {
  DEFECT_CATEGORIES,
  DEFECT_SEVERITIES,
} from "#app/domain/content/constants";
import { REVIEW_VERDICT_KEYS } from "#app/domain/review";

// The browser sends the record's value plus the revision it was based on.
const baseRevision = z.int().check(z.minimum(0));

export const AnswerSaveRequest = z.object({
  body: z.string({ error: "The answer must be text." }),
  baseRevision,
});

const lineNumber = z
  .int({ error: "Line numbers are whole numbers." })
  .check(z.minimum(1, { error: "Line numbers start at 1." }));

export const CommentSaveRequest = z.object({
  filePath: z.string().check(z.minLength(1, { error: "Choose a file." })),
  side: z.enum(["AFTER", "BEFORE"]),
  startLine: lineNumber,
  endLine: lineNumber,
  body: z.string({ error: "The comment must be text." }),
  category: z.nullable(z.enum(DEFECT_CATEGORIES)),
  severity: z.nullable(z.enum(DEFECT_SEVERITIES)),
  baseRevision,
});

export const CommentDeleteRequest = z.object({
  baseRevision: z.int().check(z.minimum(1)),
});

export const SummarySaveRequest = z.object({
  verdict: z.nullable(
    z.enum(REVIEW_VERDICT_KEYS, {
      error: "Choose a verdict.",
    }),
  ),
  body: z.string({ error: "The summary must be text." }),
  baseRevision,
});

export type AnswerSaveRequest = z.infer<typeof AnswerSaveRequest>;
export type CommentSaveRequest = z.infer<typeof CommentSaveRequest>;
export type SummarySaveRequest = z.infer<typeof SummarySaveRequest>;
